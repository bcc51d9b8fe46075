package dev.parley.support;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The capture keeps only what a test claims out of the console; anything else still reaches it. */
class ExpectedFailuresTest {

    private static final String CATEGORY = "dev.parley.support.ExpectedFailuresTest.boundary";
    /** Stands in for the console; it keeps what it gets from reaching the real one, which would print an ERROR. */
    private static final Logger CONSOLE = Logger.getLogger("dev.parley.support.ExpectedFailuresTest");

    private final List<String> console = new CopyOnWriteArrayList<>();
    private final Handler parent = new Handler() {
        @Override
        public void publish(LogRecord record) {
            console.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        CONSOLE.addHandler(parent);
        CONSOLE.setUseParentHandlers(false);
    }

    @AfterEach
    void stopListening() {
        CONSOLE.setUseParentHandlers(true);
        CONSOLE.removeHandler(parent);
    }

    @Test
    void aClaimedFailureStaysOutOfTheConsoleAndAnUnclaimedOneReachesIt() {
        ExpectedFailures failures = new ExpectedFailures(CATEGORY);
        failures.start();
        Logger.getLogger(CATEGORY).log(Level.SEVERE, "Unexpected failure, reference 57574095-31e1-4a08-8d8e-a90c4b4a56d8");
        Logger.getLogger(CATEGORY).log(Level.SEVERE, "a real failure nobody expected");
        assertThat(console, empty());
        assertThat("claimed", failures.referenceLogged("quote reference 57574095-31e1-4a08-8d8e-a90c4b4a56d8 when"));
        failures.stop();
        assertThat(console, contains("a real failure nobody expected"));
    }
}
