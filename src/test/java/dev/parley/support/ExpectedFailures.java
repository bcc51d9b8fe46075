package dev.parley.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For tests that make an operation fail on purpose: while a test runs, what the given loggers (the error
 * boundaries, e.g. {@code common/errors/Failures}) record goes to this capture instead of the console, so the test
 * asserts that the failure was logged, and a green build prints no ERROR line for it. A record that the test did
 * not claim through {@link #logged(String)} is passed on to the console when the test ends: a real failure is
 * never hidden.
 * <p>
 * Call {@link #start()} in {@code @BeforeEach} and {@link #stop()} in {@code @AfterEach} (not a JUnit extension: a
 * {@code @QuarkusTest} runs its methods on another instance than the one JUnit hands to extensions).
 */
public final class ExpectedFailures {

    private static final Pattern REFERENCE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final List<Logger> boundaries;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final List<LogRecord> claimed = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** @param categories the log categories of the boundaries that log the failures, e.g. their class names */
    public ExpectedFailures(String... categories) {
        boundaries = List.of(categories).stream().map(Logger::getLogger).toList();
    }

    public void start() {
        records.clear();
        claimed.clear();
        for (Logger boundary : boundaries) {
            boundary.addHandler(capture);
            boundary.setUseParentHandlers(false);
        }
    }

    public void stop() {
        for (Logger boundary : boundaries) {
            boundary.setUseParentHandlers(true);
            boundary.removeHandler(capture);
        }
        List<LogRecord> unclaimed = new ArrayList<>(records);
        unclaimed.removeAll(claimed);
        unclaimed.forEach(record -> Logger.getLogger(record.getLoggerName()).log(record));
    }

    /**
     * Whether a failure was logged whose message, parameters or exception mention this text (a reference, a
     * detail that must stay in the log); the records found are expected, and not printed.
     */
    public boolean logged(String text) {
        List<LogRecord> matching = records.stream().filter(record -> text(record).contains(text)).toList();
        claimed.addAll(matching);
        return !matching.isEmpty();
    }

    /** Whether the reference that this message (an INTERNAL_ERROR's, as the client got it) quotes was logged. */
    public boolean referenceLogged(String message) {
        Matcher reference = REFERENCE.matcher(String.valueOf(message));
        return reference.find() && logged(reference.group());
    }

    private static String text(LogRecord record) {
        return record.getMessage() + " " + List.of(record.getParameters() == null ? new Object[0] : record.getParameters())
                + " " + record.getThrown();
    }
}
