package dev.parley.audit;

import java.util.function.Supplier;

/**
 * Names the author of the revisions written on this thread when no editor's request is behind them, e.g. an
 * import job ({@code import:ucdp-ged:4200}) that runs on a thread of its own or from the command line.
 */
public final class RevisionAuthor {

    private static final ThreadLocal<String> NAME = new ThreadLocal<>();

    private RevisionAuthor() {
    }

    /** Runs the work with every revision it commits stamped with the given name. */
    public static <T> T as(String name, Supplier<T> work) {
        String previous = NAME.get();
        NAME.set(name);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                NAME.remove();
            } else {
                NAME.set(previous);
            }
        }
    }

    static String current() {
        return NAME.get();
    }
}
