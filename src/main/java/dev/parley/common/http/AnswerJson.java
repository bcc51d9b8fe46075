package dev.parley.common.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.error.ExecutionErrorsService;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.core.buffer.Buffer;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Writes graphql-java's answer as UTF-8 JSON straight into the bytes that go on the wire, with the same bytes
 * SmallRye's {@link ExecutionResponse} produces: SmallRye first copies the whole answer into a JSON-P tree, prints
 * that to a String and encodes the String, three more copies of a multi-megabyte answer per request. Same keys in
 * the same order (errors, data, extensions), same escapes (Parsson's: short forms, lower-case hexadecimal escapes for
 * other control characters, nothing else), same numbers (a Double as its {@link BigDecimal#valueOf(double)}, as
 * Parsson prints it), and a lone surrogate becomes {@code ?} as String.getBytes does. The errors keep SmallRye's own
 * rendering ({@link ExecutionErrorsService}: which extensions show, masked messages); they are small.
 * AnswerJsonTest compares the bytes with SmallRye's for answers of every shape.
 */
final class AnswerJson {

    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private static final ExecutionErrorsService ERRORS = new ExecutionErrorsService();

    private AnswerJson() {
    }

    /**
     * Whether the answer can be written here. With {@code exclude-null-fields-in-responses} SmallRye drops null fields
     * (except where an error points), which this writer does not do: such a deployment keeps SmallRye's serialisation.
     */
    static boolean streams() {
        return !Config.get().isExcludeNullFieldsInResponses();
    }

    /** The answer as SmallRye would send it: {@code {"errors":…,"data":…,"extensions":…}}. */
    static Buffer write(ExecutionResult result) {
        if (!streams()) {
            return Buffer.buffer(new ExecutionResponse(result).getExecutionResultAsString(), "UTF-8");
        }
        Buffer body = Buffer.buffer(initialSize(result));
        try (JsonGenerator json = JSON.createGenerator(new BufferOutput(body))) {
            json.writeStartObject();
            List<GraphQLError> errors = result.getErrors();
            if (errors != null && !errors.isEmpty()) {
                json.writeFieldName("errors");
                writeJsonP(json, ERRORS.toJsonErrors(errors));
            }
            if (result.isDataPresent()) {
                json.writeFieldName("data");
                writeValue(json, result.getData());
            }
            Map<Object, Object> extensions = result.getExtensions();
            if (extensions != null) {
                json.writeFieldName("extensions");
                json.writeStartObject();
                for (Map.Entry<Object, Object> entry : extensions.entrySet()) {
                    if (entry.getKey() instanceof String key) {
                        json.writeFieldName(key);
                        writeValue(json, entry.getValue());
                    }
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a Buffer does not fail to grow
        }
        return body;
    }

    /** Small answers fit the first allocation; large ones grow by doubling, as a Buffer does. */
    private static int initialSize(ExecutionResult result) {
        return result.isDataPresent() && result.getData() != null ? 4096 : 512;
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(withoutLoneSurrogates(text));
        } else if (value instanceof Map<?, ?> object) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                json.writeFieldName(withoutLoneSurrogates((String) field.getKey()));
                writeValue(json, field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                writeValue(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long number) {
            json.writeNumber(number.longValue());
        } else if (value instanceof Double number) {
            json.writeNumber(BigDecimal.valueOf(number).toString());
        } else if (value instanceof Float number) {
            json.writeNumber(new BigDecimal(String.valueOf(number.floatValue())).toString());
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number.toString());
        } else if (value instanceof BigInteger number) {
            json.writeNumber(new BigDecimal(number).toString());
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else if (value instanceof JsonValue tree) {
            writeJsonP(json, tree);
        } else {
            writeJsonP(json, asSmallRyeConvertsIt(value));
        }
    }

    /** A value of a type graphql-java's scalars never produce: SmallRye turns it into JSON with JSON-B. */
    private static JsonValue asSmallRyeConvertsIt(Object value) {
        ExecutionResult wrapped = ExecutionResultImpl.newExecutionResult().data(List.of(value)).build();
        return new ExecutionResponse(wrapped).getExecutionResultAsJsonObject().getJsonArray("data").get(0);
    }

    private static void writeJsonP(JsonGenerator json, JsonValue value) throws IOException {
        switch (value.getValueType()) {
            case OBJECT -> {
                json.writeStartObject();
                for (Map.Entry<String, JsonValue> field : ((JsonObject) value).entrySet()) {
                    json.writeFieldName(withoutLoneSurrogates(field.getKey()));
                    writeJsonP(json, field.getValue());
                }
                json.writeEndObject();
            }
            case ARRAY -> {
                json.writeStartArray();
                for (JsonValue item : value.asJsonArray()) {
                    writeJsonP(json, item);
                }
                json.writeEndArray();
            }
            case STRING -> json.writeString(withoutLoneSurrogates(((JsonString) value).getString()));
            case NUMBER -> json.writeNumber(((JsonNumber) value).toString());
            case TRUE -> json.writeBoolean(true);
            case FALSE -> json.writeBoolean(false);
            case NULL -> json.writeNull();
        }
    }

    /**
     * SmallRye's String, encoded as UTF-8, turns a surrogate without its pair into {@code ?}; Jackson would refuse
     * it. Text from the database never has one, a variable echoed back may.
     */
    static String withoutLoneSurrogates(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return replaceLoneSurrogates(text);
                }
            }
        }
        return text;
    }

    private static String replaceLoneSurrogates(String text) {
        StringBuilder replaced = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                replaced.append(c).append(text.charAt(++i));
            } else {
                replaced.append(Character.isSurrogate(c) ? '?' : c);
            }
        }
        return replaced.toString();
    }

    /** Jackson's output, in the chunks it flushes (8 KB), appended to the response's buffer. */
    private static final class BufferOutput extends OutputStream {

        private final Buffer buffer;

        BufferOutput(Buffer buffer) {
            this.buffer = buffer;
        }

        @Override
        public void write(int b) {
            buffer.appendByte((byte) b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            buffer.appendBytes(bytes, offset, length);
        }
    }
}
