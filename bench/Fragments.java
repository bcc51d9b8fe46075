import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fragment bomb of issue 10: a document whose fragments each spread the one before twice, so that n levels ask
 * for 2^n fields from about 40 characters a level. Sends it at each level given, a few times, one at a time, and
 * prints the server's own time (Server-Timing: app;dur=, from the benchmark build: ./mvnw package -Pbench), the wall time and the
 * error code. Level 0 is {@code { __typename }}, the floor the machine gives any request.
 * Usage: java bench/Fragments.java BASE_URL TIMEOUT_SECONDS REPEATS LEVEL...
 */
public class Fragments {

    static final Pattern SERVER_TIME = Pattern.compile("app;dur=([0-9.]+)");
    static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

    public static void main(String[] args) throws Exception {
        URI graphql = URI.create(args[0]).resolve("/graphql");
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[1]));
        int repeats = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        System.out.println("levels\tlength\tattempt\tserver_ms\twall_ms\tstatus\tcode");
        for (int i = 3; i < args.length; i++) {
            int levels = Integer.parseInt(args[i]);
            String document = levels == 0 ? "{ __typename }" : document(levels);
            String body = "{\"query\":\"" + document.replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
            for (int attempt = 1; attempt <= repeats; attempt++) {
                HttpRequest request = HttpRequest.newBuilder(graphql).timeout(timeout)
                        .header("Content-Type", "application/json").header("Cache-Control", "no-cache")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long started = System.nanoTime();
                try {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    Matcher server = SERVER_TIME.matcher(response.headers().firstValue("Server-Timing").orElse(""));
                    Matcher code = CODE.matcher(response.body());
                    System.out.printf("%d\t%d\t%d\t%s\t%.1f\t%d\t%s%n", levels, document.length(), attempt,
                            server.find() ? server.group(1) : "-", (System.nanoTime() - started) / 1e6,
                            response.statusCode(), code.find() ? code.group(1) : "-");
                } catch (HttpTimeoutException e) {
                    System.out.printf("%d\t%d\t%d\t-\t>%d000\t-\tno answer within the timeout%n", levels, document.length(),
                            attempt, timeout.toSeconds());
                    break;
                }
            }
        }
    }

    static String document(int levels) {
        StringBuilder document = new StringBuilder("{ talk(id: \"30\") { mediatingParty { ...F" + levels + " } } }\n")
                .append("fragment F0 on Party { name }\n");
        for (int level = 1; level <= levels; level++) {
            document.append("fragment F%d on Party { ...F%d ...F%d }\n".formatted(level, level - 1, level - 1));
        }
        return document.toString();
    }
}
