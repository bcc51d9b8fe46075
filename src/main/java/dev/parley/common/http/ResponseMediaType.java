package dev.parley.common.http;

import java.util.List;
import java.util.Locale;

import io.vertx.ext.web.MIMEHeader;

/**
 * The media type of a /graphql answer, chosen from the request's {@code Accept} as GraphQL over HTTP says:
 * {@code application/graphql-response+json} when the client names it first, {@code application/json} when it names
 * that, {@code *}{@code /*} or nothing at all (legacy clients). The two differ in status codes: under
 * application/json every answer the engine produced is 200; under graphql-response+json a request error (a document
 * that does not parse or validate, variables that do not coerce: no {@code data}) is 400.
 */
enum ResponseMediaType {

    JSON("application/json"),
    GRAPHQL_RESPONSE_JSON("application/graphql-response+json");

    private final String name;

    ResponseMediaType(String name) {
        this.name = name;
    }

    String contentType() {
        return name + ";charset=UTF-8";
    }

    /** The status of a request error in this media type. */
    int requestErrorStatus() {
        return this == GRAPHQL_RESPONSE_JSON ? 400 : 200;
    }

    /**
     * The first acceptable entry of the parsed {@code Accept} header (sorted by quality), or null when it names
     * none we can produce (406). Follows the order SmallRye's handler reads the header in, so both agree on
     * whether a request is acceptable.
     */
    static ResponseMediaType negotiate(String header, List<MIMEHeader> accepted) {
        if (header == null || header.isBlank() || accepted == null || accepted.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader entry : accepted) {
            String value = entry.rawValue().trim().toLowerCase(Locale.ROOT);
            if (value.startsWith("application/json")) {
                return JSON;
            }
            if (value.startsWith("application/graphql-response+json") || value.startsWith("application/graphql+json")) {
                return GRAPHQL_RESPONSE_JSON;
            }
            if (value.startsWith("*/*")) {
                return JSON;
            }
        }
        return null;
    }
}
