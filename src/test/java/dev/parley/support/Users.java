package dev.parley.support;

/** The users of the test realm (src/test/resources/test-editors.properties); each password is the name + "-secret". */
public final class Users {

    /** Has the editor role. */
    public static final String EDITOR = "editor";
    /** Logs in, but without the editor role. */
    public static final String READER = "reader";

    private Users() {
    }
}
