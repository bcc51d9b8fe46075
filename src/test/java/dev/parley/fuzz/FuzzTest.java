package dev.parley.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;

import dev.parley.common.responsecache.ResponseCacheOn;
import dev.parley.support.Users;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * A thousand requests made from the schema (valid, hostile and random bytes) with a fixed seed, as anonymous
 * clients and, for most mutations, as the editor: no answer may be a 5xx, an INTERNAL_ERROR or carry a Java class
 * name or a stack trace, and the server answers after every hundred. Its mutations write: its own profile (the
 * response cache on, as in production) restarts the app after it, and each start cleans the test database. {@code -Dparley.fuzz.count} and {@code -Dparley.fuzz.seed}
 * change the run; bench/hostile.sh runs longer ones against the packaged app.
 */
@QuarkusTest
@TestProfile(FuzzTest.OwnDatabase.class)
class FuzzTest {

    /** The cache's settings under a class of its own: a profile of its own restarts the app, and so cleans the database. */
    public static class OwnDatabase extends ResponseCacheOn {
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void nothingBreaksAndNothingLeaks() {
        Fuzzer fuzzer = new Fuzzer(base, Users.EDITOR, Users.EDITOR + "-secret");
        fuzzer.run(Long.getLong("parley.fuzz.seed", 20261130L), Integer.getInteger("parley.fuzz.count", 1000));
        System.out.println(fuzzer.report());
        assertFalse(fuzzer.failed(), fuzzer::report);
    }
}
