package dev.parley.graphiql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.parley.durability.ServiceProcess;
import dev.parley.support.Chromium;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's GraphiQL walkthrough, in headless Chromium against the packaged app: the Miami query and its result,
 * the Docs explorer, the Headers tab, and a subscription in one window that shows the incident reported in another.
 * The documents and the header are read from README.md, so the walkthrough stays true. Needs Debian's
 * {@code chromium} and {@code chromium-driver} (.ci/run installs them); skipped where they are absent.
 */
@Tag("browser")
class GraphiQLBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Path work;
    private ServiceProcess service;
    private ChromeDriver browser;
    /** Everything the DevTools network log reported, kept because reading the log empties it. */
    private final List<JsonObject> network = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        work = Files.createTempDirectory("parley-graphiql");
        // first, so that the test is skipped before the service starts where Chromium is not installed
        browser = Chromium.start(Files.createDirectory(work.resolve("chromium")), 1400, 1000, true,
                work.resolve("chromedriver.log").toFile());
        // The README's header is editor:editor; the packaged app gets that user the way an operator adds one
        ServiceProcess.writeEditor(work, "editor", "editor");
        service = ServiceProcess.start(work, work.resolve("data"));
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
        if (work != null && Files.isDirectory(work.resolve("chromium"))) {
            // The browser profile goes; service.log and chromedriver.log stay for a failure's diagnosis
            try (Stream<Path> profile = Files.walk(work.resolve("chromium"))) {
                profile.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void theReadmeWalkthroughWorksInChromium() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String miami = graphqlBlock(readme, "## Example", 0);
        String subscription = graphqlBlock(readme, "### Try it in GraphiQL", 0);
        String mutation = graphqlBlock(readme, "### Try it in GraphiQL", 1);
        Matcher header = Pattern.compile("`(\\{\"Authorization\": [^`]+})`").matcher(readme);
        assertThat("the README names the Authorization header to set", header.find(), equalTo(true));

        // Open GraphiQL and run the Miami query
        String subscriptionWindow = openGraphiQL();
        JsonObject talks = run(miami).getJsonObject("data").getJsonObject("talks");
        assertThat(talks.getJsonArray("nodes").stream().map(n -> n.asJsonObject().getString("title")).toList(),
                hasItem("Miami round"));
        screenshot("graphiql-query.png");

        // Docs lists every type of the schema
        browser.findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
        Set<String> documented = waitFor(() -> {
            Set<String> names = new TreeSet<>();
            browser.findElements(By.cssSelector(".graphiql-doc-explorer .graphiql-doc-explorer-type-name"))
                    .forEach(link -> names.add(link.getText()));
            return names.size() > 3 ? names : null;
        });
        assertThat(documented, equalTo(schemaTypes()));

        // A subscription in this window, the README's mutation with the README's header in another
        runInBackground(subscription);
        waitFor(() -> network.stream().anyMatch(e -> frameSent(e, "\"subscribe\"")) ? true : null);
        Thread.sleep(1000); // the server registers the subscription on receiving the message

        browser.switchTo().newWindow(WindowType.WINDOW);
        openGraphiQL();
        browser.findElement(By.cssSelector(".graphiql-editor-tools button[data-name='headers']")).click();
        browser.executeScript("document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror')"
                + ".CodeMirror.setValue(arguments[0])", header.group(1));
        JsonObject reported = run(mutation).getJsonObject("data").getJsonObject("reportIncident");
        assertThat(reported.getJsonArray("history").getJsonObject(0).getString("changedBy"), equalTo("editor"));
        String incidentId = reported.getString("id");

        browser.switchTo().window(subscriptionWindow);
        JsonObject event = waitFor(() -> {
            JsonObject result = resultPane();
            return result != null && result.containsKey("data") && incidentId.equals(
                    result.getJsonObject("data").getJsonObject("incidentReported").getString("id")) ? result : null;
        });
        assertThat(event.containsKey("errors"), equalTo(false));
        screenshot("graphiql-subscription.png");

        collectNetwork();
        assertThat("the subscription went over the WebSocket",
                network.stream().anyMatch(e -> frameSent(e, "incidentReported")), equalTo(true));
        assertThat("the mutation carried the Headers tab's Authorization", graphqlPosts().stream()
                .anyMatch(r -> r.getString("postData", "").contains("reportIncident")
                        && r.getJsonObject("headers").containsKey("Authorization")), equalTo(true));
        assertThat("no subscription was posted over HTTP", graphqlPosts().stream()
                .filter(r -> r.getString("postData", "").contains("incidentReported")).toList(), empty());
        assertThat(failedRequests(), empty());
        assertThat(consoleErrors(), empty());

        // The timers the README promises, on the management port of the same packaged app
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.managementUri("/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics, matchesLine("mp_graphql_seconds_count\\{name=\"talks\",source=\"false\",type=\"QUERY\"} .*"));
        assertThat(metrics, matchesLine(
                "mp_graphql_seconds_count\\{name=\"reportIncident\",source=\"false\",type=\"MUTATION\"} .*"));
    }

    /** Opens GraphiQL in the current window once its editor is up; answers the window's handle. */
    private String openGraphiQL() {
        browser.get(service.uri("/q/graphql-ui/").toString());
        waitFor(() -> (Boolean) browser.executeScript(
                "return !!document.querySelector('.graphiql-query-editor .CodeMirror')") ? true : null);
        return browser.getWindowHandle();
    }

    /**
     * Replaces the query editor's text and presses the run button at once: the transport must follow the document
     * sent, not GraphiQL's parse of the editor, which lags 100 ms behind (see GraphiQLTransport).
     */
    private void runInBackground(String document) {
        browser.executeScript("document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror"
                + ".setValue(arguments[0])", document);
        browser.executeScript("document.querySelector('.result-window .CodeMirror').CodeMirror.setValue('')");
        browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
    }

    /** Runs a document and answers the result pane, which must show data and no errors. */
    private JsonObject run(String document) {
        runInBackground(document);
        JsonObject result = waitFor(this::resultPane);
        assertThat(result.toString(), result.containsKey("errors"), equalTo(false));
        assertThat(result.toString(), result.get("data").getValueType(), equalTo(JsonValue.ValueType.OBJECT));
        return result;
    }

    private JsonObject resultPane() {
        String text = (String) browser.executeScript(
                "return document.querySelector('.result-window .CodeMirror').CodeMirror.getValue()");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Json.createReader(new StringReader(text)).readObject();
        } catch (RuntimeException notYetWhole) {
            return null;
        }
    }

    private <T> T waitFor(Supplier<T> condition) {
        return new WebDriverWait(browser, WAIT).until(driver -> {
            collectNetwork();
            return condition.get();
        });
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** The types introspection lists, as GraphiQL's explorer shows them (its own __ types left out). */
    private Set<String> schemaTypes() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(service.uri("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __schema { types { name } } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Set<String> names = new TreeSet<>();
        Json.createReader(new StringReader(response.body())).readObject().getJsonObject("data").getJsonObject("__schema")
                .getJsonArray("types").forEach(type -> names.add(type.asJsonObject().getString("name")));
        names.removeIf(name -> name.startsWith("__"));
        assertThat(names.size(), greaterThan(20));
        return names;
    }

    /** The n-th ```graphql block after a README heading. */
    private static String graphqlBlock(String readme, String heading, int n) {
        int at = readme.indexOf("\n" + heading + "\n");
        assertThat("README has " + heading, at, not(equalTo(-1)));
        Matcher block = Pattern.compile("```graphql\n(.*?)```", Pattern.DOTALL).matcher(readme);
        block.region(at, readme.length());
        for (int i = 0; i <= n; i++) {
            assertThat("graphql block " + i + " after " + heading, block.find(), equalTo(true));
        }
        return block.group(1);
    }

    private void collectNetwork() {
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            network.add(Json.createReader(new StringReader(entry.getMessage())).readObject().getJsonObject("message"));
        }
    }

    private static boolean frameSent(JsonObject event, String text) {
        return "Network.webSocketFrameSent".equals(event.getString("method"))
                && event.getJsonObject("params").getJsonObject("response").getString("payloadData").contains(text);
    }

    private List<JsonObject> graphqlPosts() {
        String graphql = service.uri("/graphql").toString();
        return network.stream().filter(e -> "Network.requestWillBeSent".equals(e.getString("method")))
                .map(e -> e.getJsonObject("params").getJsonObject("request"))
                .filter(r -> "POST".equals(r.getString("method")) && r.getString("url").equals(graphql)).toList();
    }

    /** Requests to the service that failed or answered 4xx/5xx (Chromium's own background requests left out). */
    private List<String> failedRequests() {
        String origin = service.uri("/").toString();
        Map<String, String> urls = new HashMap<>();
        List<String> failed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonObject event : network) {
            JsonObject params = event.getJsonObject("params");
            switch (event.getString("method")) {
                case "Network.requestWillBeSent" -> urls.put(params.getString("requestId"),
                        params.getJsonObject("request").getString("url"));
                case "Network.responseReceived" -> {
                    JsonObject response = params.getJsonObject("response");
                    if (response.getString("url").startsWith(origin) && response.getInt("status") >= 400) {
                        failed.add(response.getInt("status") + " " + response.getString("url"));
                    }
                }
                case "Network.loadingFailed" -> {
                    String url = urls.getOrDefault(params.getString("requestId"), "");
                    if (url.startsWith(origin) && seen.add(params.getString("requestId"))) {
                        failed.add(params.getString("errorText") + " " + url);
                    }
                }
                default -> {
                }
            }
        }
        return failed;
    }

    private List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static org.hamcrest.Matcher<String> matchesLine(String regex) {
        Pattern line = Pattern.compile("(?m)^" + regex + "$");
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(String text) {
                return line.matcher(text).find();
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a line matching " + regex);
            }
        };
    }
}
