package dev.parley.common.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.parley.support.GraphQL;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.graphql.execution.ExecutionResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * The bytes /graphql writes ({@link AnswerJson}) are the bytes SmallRye's own serialisation produced: data, errors
 * with their extensions, nulls, dates, every kind of number and character, and the demo data's contract answer.
 */
@QuarkusTest
class AnswerJsonTest {

    enum Colour {
        RED
    }

    @Test
    void dataOfEveryShapeIsWrittenAsSmallRyeWroteIt() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", "plain");
        data.put("missing", null);
        data.put("nested", Map.of("list", Arrays.asList(1, null, "two", List.of(), Map.of())));
        data.put("int", 42);
        data.put("negative", -7);
        data.put("long", Long.MAX_VALUE);
        data.put("short", (short) 12);
        data.put("byte", (byte) -3);
        data.put("doubles", List.of(0.1, 1.0, 1e20, -1e-7, 123456789.123, 0.0, -0.0, Double.MAX_VALUE, Double.MIN_VALUE));
        data.put("float", 1.1f);
        data.put("bigDecimals", List.of(new BigDecimal("1.50"), new BigDecimal("1E+3"), new BigDecimal("-0.000001")));
        data.put("bigInteger", new BigInteger("123456789012345678901234567890"));
        data.put("booleans", List.of(true, false));
        data.put("enum", Colour.RED);
        data.put("date", "2025-12-20");
        data.put("dateTime", "2025-12-20T10:15:30+02:00");
        data.put("jsonP", Json.createObjectBuilder().add("a", 1).add("b", Json.createArrayBuilder().add("x").addNull()).build());
        data.put("localDate", LocalDate.of(2025, 12, 20));
        data.put("uuid", UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        data.put("emptyList", new ArrayList<>());
        assertSameBytes(ExecutionResultImpl.newExecutionResult().data(data).build());
    }

    @Test
    void everyCharacterIsEscapedOrEncodedAsSmallRyeDid() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x800; c++) {
            every.append(c);
        }
        every.append("\u2028\u2029\uFEFF\uFFFF\uD83D\uDE00 \"quoted\" back\\slash /slash ");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("every", every.toString());
        data.put("loneHighAtEnd", "a\uD83D");
        data.put("loneLow", "\uDE00b");
        data.put("swapped", "\uDE00\uD83D");
        data.put("key \"with\" \n escapes \uD83D\uDE00", "v");
        assertSameBytes(ExecutionResultImpl.newExecutionResult().data(data).build());
    }

    @Test
    void errorsWithCodesAndPartialDataAreWrittenAsSmallRyeWroteThem() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("talk", null);
        data.put("other", "kept");
        ExecutionResult partial = ExecutionResultImpl.newExecutionResult().data(data)
                .addError(GraphqlErrorBuilder.newError().message("No talks with id 999 \"here\"")
                        .locations(List.of(new SourceLocation(1, 3))).path(ResultPath.parse("/talk"))
                        .errorType(ErrorType.DataFetchingException)
                        .extensions(Map.of("code", "NOT_FOUND")).build())
                .build();
        assertSameBytes(partial);

        ExecutionResult requestError = ExecutionResultImpl.newExecutionResult()
                .addError(GraphqlErrorBuilder.newError().message("Validation error: field 'nope' undefined")
                        .locations(List.of(new SourceLocation(2, 5))).errorType(ErrorType.ValidationError).build())
                .build();
        assertSameBytes(requestError);

        ExecutionResult withExtensions = ExecutionResultImpl.newExecutionResult().data(null)
                .extensions(Map.of("cost", Map.of("nodes", 5050, "ratio", 0.5))).build();
        assertSameBytes(withExtensions);
    }

    @Test
    void theContractAnswerIsTheBytesSmallRyeWrote() {
        assertHttpMatchesSmallRye(GraphQL.document("miami-round.graphql"));
    }

    @Test
    void requestErrorsAndFieldErrorsAreTheBytesSmallRyeWrote() {
        assertEquals("{\"data\":{\"talk\":null}}", assertHttpMatchesSmallRye("{ talk(id: \"999999\") { id title } }"));
        assertTrue(assertHttpMatchesSmallRye("{ talks(first: 1) { nodes { nope } } }")
                .contains("\"classification\":\"ValidationError\""));
        assertTrue(assertHttpMatchesSmallRye("{ talks(first: -1) { nodes { id } } }").contains("\"code\":"));
    }

    /** The body /graphql sends equals SmallRye's serialisation of the same execution. */
    private static String assertHttpMatchesSmallRye(String document) {
        String id = UUID.randomUUID().toString();
        JsonObject request = Json.createObjectBuilder().add("query", document).build();
        byte[] sent = given().contentType(ContentType.JSON).header(SmallRyeRendering.HEADER, id).body(request.toString())
                .when().post("/graphql").then().statusCode(200).extract().asByteArray();
        String smallRye = SmallRyeRendering.RENDERED.remove(id);
        assertEquals(smallRye, new String(sent, StandardCharsets.UTF_8));
        assertArrayEquals(smallRye.getBytes(StandardCharsets.UTF_8), sent);
        return smallRye;
    }

    private static void assertSameBytes(ExecutionResult result) {
        byte[] expected = new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
        byte[] written = AnswerJson.write(result).getBytes();
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
        assertArrayEquals(expected, written);
        assertTrue(AnswerJson.streams(), "the streaming writer is in use");
    }
}
