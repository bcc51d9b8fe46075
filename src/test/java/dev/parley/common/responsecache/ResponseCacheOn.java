package dev.parley.common.responsecache;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The response cache on, as in production; shared by the classes that need it, since each profile starts the app anew. */
public class ResponseCacheOn implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("parley.response-cache.enabled", "true");
    }
}
