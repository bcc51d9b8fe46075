package dev.parley.support;

import java.util.Map;

/** Which database the suite runs on: H2 by default, PostgreSQL with -Dquarkus.test.profile=test,pg. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return System.getProperty("quarkus.test.profile", "").contains("pg");
    }

    /** A private in-memory H2 database for a test profile; on PostgreSQL the shared test database, cleaned at start. */
    public static Map<String, String> ownDatabase(String name) {
        return isPostgres() ? Map.of() : Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }
}
