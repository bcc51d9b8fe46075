import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows H2's plan for each SQL statement a request ran. Input: the part of an H2 trace file
 * ({@code TRACE_LEVEL_FILE=2}) written while the request ran; each entry there carries the statement, its parameter
 * values and its time. Each statement is run again as {@code EXPLAIN ANALYZE} with the values in place, against
 * the same database file, with the app stopped.
 *
 * <p>Run: {@code java -cp 'target/quarkus-app/lib/main/*' bench/Explain.java --url jdbc:h2:file:DIR/parley
 * --trace segment.trace}
 */
public class Explain {

    static final Pattern ENTRY = Pattern.compile("/\\*SQL l:\\d+ #:(\\d+)(?: t:(\\d+))?\\*/(.*?)(?: \\{(.*)\\})?;$");
    static final Pattern PARAMETER = Pattern.compile("(?:^|, )(\\d+): ");

    public static void main(String[] args) throws Exception {
        String url = null;
        Path trace = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--trace" -> trace = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("Usage: Explain --url JDBC_URL --trace FILE");
            }
        }
        List<String> lines = Files.readAllLines(trace);
        try (Connection db = DriverManager.getConnection(url, "sa", ""); Statement s = db.createStatement()) {
            int n = 0;
            for (String line : lines) {
                Matcher entry = ENTRY.matcher(line);
                if (!entry.find()) {
                    continue;
                }
                String sql = entry.group(3).trim();
                if (!sql.regionMatches(true, 0, "select", 0, 6) && !sql.startsWith("(")
                        && !sql.regionMatches(true, 0, "with", 0, 4)) {
                    continue;
                }
                if (sql.contains("INFORMATION_SCHEMA")) {
                    continue;
                }
                String bound = bind(sql, entry.group(4));
                System.out.printf("-- statement %d: %s rows, %s ms in the app's run%n", ++n, entry.group(1),
                        entry.group(2) == null ? "<1" : entry.group(2));
                System.out.println("-- " + abbreviate(bound, 600));
                try (ResultSet plan = s.executeQuery("explain analyze " + bound)) {
                    while (plan.next()) {
                        System.out.println(plan.getString(1));
                    }
                }
                System.out.println();
            }
        }
    }

    /** Puts the trace's parameter values (SQL literals) in place of the ?s, in order. */
    static String bind(String sql, String parameters) {
        if (parameters == null) {
            return sql;
        }
        List<String> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(parameters);
        int valueStart = -1;
        while (m.find()) {
            if (valueStart >= 0) {
                values.add(parameters.substring(valueStart, m.start()));
            }
            valueStart = m.end();
        }
        if (valueStart >= 0) {
            values.add(parameters.substring(valueStart));
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted && next < values.size()) {
                out.append(values.get(next++));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + " …";
    }
}
