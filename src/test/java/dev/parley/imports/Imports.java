package dev.parley.imports;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.parley.support.Users;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;

/** Test files and their upload, as curl --data-binary does it. */
final class Imports {

    /** An import answers when it is done: on a busy machine, a thousand rows can take a while. */
    static final RestAssuredConfig SLOW = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 60_000));

    private Imports() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Imports.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ValidatableResponse upload(String format, byte[] file) {
        return given().config(SLOW).auth().preemptive().basic(Users.EDITOR, Users.EDITOR + "-secret")
                .contentType("text/csv").body(file)
                .when().post("/imports/" + format)
                .then();
    }
}
