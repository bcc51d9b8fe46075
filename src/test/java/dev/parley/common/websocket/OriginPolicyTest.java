package dev.parley.common.websocket;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which pages may open a WebSocket, as browsers spell Origin and Host. */
class OriginPolicyTest {

    private final OriginPolicy sameOriginOnly = new OriginPolicy(List.of());
    private final OriginPolicy withNewsroom = new OriginPolicy(List.of("https://Newsroom.example", "http://localhost:3000"));

    @Test
    void theServicesOwnPagesMayConnect() {
        assertTrue(sameOriginOnly.allows("http://localhost:8080", "localhost:8080"));
        assertTrue(sameOriginOnly.allows("https://parley.example", "parley.example"));
        assertTrue(sameOriginOnly.allows("https://parley.example", "parley.example:443"));
        assertTrue(sameOriginOnly.allows("http://PARLEY.example:80", "parley.example"));
    }

    @Test
    void programsWithoutOriginMayConnect() {
        assertTrue(sameOriginOnly.allows(null, "localhost:8080"));
    }

    @Test
    void otherSitesMayNotUnlessListed() {
        assertFalse(sameOriginOnly.allows("https://evil.example", "parley.example"));
        assertFalse(sameOriginOnly.allows("http://localhost:8081", "localhost:8080"));
        assertFalse(sameOriginOnly.allows("https://parley.example.evil.example", "parley.example"));
        assertTrue(withNewsroom.allows("https://newsroom.example", "parley.example"));
        assertTrue(withNewsroom.allows("http://localhost:3000", "parley.example"));
        assertFalse(withNewsroom.allows("http://newsroom.example", "parley.example"));
    }

    @Test
    void opaqueAndMalformedOriginsAreRefused() {
        assertFalse(sameOriginOnly.allows("null", "localhost:8080"));
        assertFalse(sameOriginOnly.allows("file://", "localhost:8080"));
        assertFalse(sameOriginOnly.allows("not a url", "localhost:8080"));
    }
}
