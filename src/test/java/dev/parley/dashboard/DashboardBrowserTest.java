package dev.parley.dashboard;

import static dev.parley.support.GraphQL.post;
import static dev.parley.support.GraphQL.postAs;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.parley.incidents.Incident;
import dev.parley.parties.Party;
import dev.parley.sources.Source;
import dev.parley.support.TestData;
import dev.parley.support.Users;
import dev.parley.talks.Talks;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard at / in headless Chromium: what a reader sees must be what the API answers for the same
 * question. The demo data's Miami round is read as it is; the other tests make their rounds in 2031, one month
 * each, so they never see one another's incidents.
 */
@QuarkusTest
@Tag("browser")
class DashboardBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestData data;

    /** Everything the page shows that has a counterpart in the API, read in one go. */
    private static final String FIGURES = """
            const text = e => e.textContent.trim();
            const chart = id => [...document.querySelectorAll('#' + id + ' tr[data-period]')]
                .map(r => [r.dataset.period, text(r.querySelector('.incidents')), text(r.querySelector('.killed'))]);
            return {
              title: text(document.getElementById('round-title')),
              rows: [...document.querySelectorAll('#round-incidents tr[data-incident]')]
                  .map(r => [r.dataset.incident, r.querySelector('.casualties').dataset.killed]),
              points: [...document.querySelectorAll('#round-map circle.point')].map(c => c.dataset.incident).sort(),
              roundChart: chart('round-chart'),
              overviewChart: chart('overview-chart'),
              overviewUnit: document.querySelector('#overview-chart figure').dataset.unit,
              days: document.getElementById('days').value,
              region: document.getElementById('region').value,
              asOf: document.getElementById('asOf').value,
            };""";

    private static final String WIDER_THAN_375 = """
            return [...document.querySelectorAll('body *')].filter(e => !e.closest('svg'))
                .filter(e => e.getBoundingClientRect().right > 375)
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.getBoundingClientRect().right);""";

    @Test
    void miamiRoundIsTheFirstViewAndMatchesTheApi() throws IOException {
        try (Browser browser = Browser.open(root).load("/")) {
            assertThat(browser.consoleErrors(), empty());
            String origin = root.toString().replaceAll("/$", "");
            long graphqlRequests = 0, bytes = 0;
            StringBuilder log = new StringBuilder();
            for (List<Object> resource : browser.resources()) {
                log.append(resource).append('\n');
                String url = (String) resource.get(0);
                assertThat("no request leaves the service", url, startsWith(origin));
                assertThat(url + " loaded", ((Number) resource.get(1)).intValue(), lessThanOrEqualTo(299));
                graphqlRequests += url.endsWith("/graphql") ? 1 : 0;
                bytes += ((Number) resource.get(2)).longValue();
            }
            // Aggregates only: a handful of requests, however many incidents the overview covers.
            assertThat(graphqlRequests, lessThanOrEqualTo(5L));
            Files.writeString(Path.of("target", "dashboard-load.txt"), log + "transferred bytes " + bytes
                    + "\nGraphQL requests " + graphqlRequests + "\ntime to drawn page ms " + browser.timeToDrawn() + "\n");

            assertThat(browser.driver.getCurrentUrl(), containsString("talks=30"));
            Map<String, Object> page = figures(browser);
            assertThat(page.get("title"), equalTo("Miami round"));
            List<List<String>> rows = rows(page);
            assertThat(ids(rows), hasItems("70", "71", "72", "74"));
            assertThat(ids(rows), equalTo(apiRound("30", 3)));
            assertThat(rows.stream().filter(r -> r.get(0).equals("72")).findFirst().orElseThrow().get(1), equalTo("8"));
            assertThat(browser.find("#incident-72 .casualties").getText(), containsString("8 killed"));
            assertThat(browser.find("#incident-74 .verification").getText(),
                    equalTo("claimed by Security Service of Ukraine (SBU), not independently verified"));
            assertThat(page.get("points"), equalTo(sorted(ids(rows))));
            assertThat(page.get("roundChart"), equalTo(apiDays("2025-12-17", "2025-12-23", null, null)));
            String unit = (String) page.get("overviewUnit");
            assertThat(page.get("overviewChart"), equalTo(apiStats(unit, null, null)));

            Path desktop = browser.screenshot("dashboard-desktop.png");

            // Keyboard: a map point is focusable, and Enter takes the reader to its row in the table.
            WebElement point = browser.find("#round-map circle[data-incident='72']");
            point.sendKeys(Keys.ENTER);
            assertThat(browser.script("return document.activeElement.id"), equalTo("incident-72"));

            browser.resize(375, 800);
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> "375".equals(
                    d.findElement(By.tagName("body")).getAttribute("data-drawn-width")));
            browser.awaitReady();
            browser.screenshot("dashboard-375.png");
            assertThat("nothing wider than a 375 px screen: " + browser.script(WIDER_THAN_375),
                    ((Number) browser.script("return document.documentElement.scrollWidth")).intValue(), lessThanOrEqualTo(375));
            assertThat(Files.size(desktop) > 0, equalTo(true));
            assertThat(browser.consoleErrors(), empty());
        }
    }

    @Test
    void filtersNarrowTheChartTheMapAndTheTableAsTheApiDoes() throws IOException {
        try (Browser browser = Browser.open(root).load("/?talks=30&region=Odesa&by=WEEK")) {
            Map<String, Object> page = figures(browser);
            List<List<String>> rows = rows(page);
            assertThat(ids(rows), equalTo(List.of("72")));
            assertThat(page.get("points"), equalTo(List.of("72")));
            assertThat(page.get("overviewUnit"), equalTo("WEEK"));
            assertThat(page.get("overviewChart"), equalTo(apiStats("WEEK", "Odesa", null)));
            assertThat(page.get("roundChart"), equalTo(apiDays("2025-12-17", "2025-12-23", "Odesa", null)));
            assertThat(browser.consoleErrors(), empty());
        }
    }

    @Test
    void asOfRedrawsTheFiguresKnownOnThatDay() throws IOException {
        Source source = data.source("Dashboard as-of source");
        Party actor = data.party("Dashboard as-of actor");
        Talks talks = data.talks("Dashboard as-of round", LocalDate.of(2031, 6, 10), LocalDate.of(2031, 6, 11));
        Incident revised = data.incident(LocalDate.of(2031, 6, 10), "Kharkiv", actor, source);
        data.casualties(revised, LocalDate.of(2031, 6, 10), 6, 1);
        data.casualties(revised, LocalDate.of(2031, 6, 13), 8, 3);
        Incident later = data.incident(LocalDate.of(2031, 6, 12), "Odesa", actor, source);
        data.casualties(later, LocalDate.of(2031, 6, 12), 2, null);
        String id = String.valueOf(talks.id);

        try (Browser browser = Browser.open(root).load("/?talks=" + id + "&asOf=2031-06-11")) {
            Map<String, Object> page = figures(browser);
            // On 11 June the toll was 6, and the incident of the 12th had not happened yet.
            assertThat(rows(page), equalTo(List.of(List.of(String.valueOf(revised.id), "6"))));
            assertThat(apiKilled(revised.id, "2031-06-11"), equalTo(6));
            assertThat(page.get("roundChart"), equalTo(apiDays("2031-06-07", "2031-06-14", null, "2031-06-11")));
            assertThat(page.get("overviewChart"), equalTo(apiStats((String) page.get("overviewUnit"), null, "2031-06-11")));

            // The reader moves the date on: the revised toll and the later incident appear.
            browser.script("const input = document.getElementById('asOf'); input.value = '2031-06-14';"
                    + "input.dispatchEvent(new Event('change', {bubbles: true}));");
            browser.awaitReady();
            page = figures(browser);
            assertThat(browser.driver.getCurrentUrl(), containsString("asOf=2031-06-14"));
            assertThat(rows(page), equalTo(List.of(List.of(String.valueOf(revised.id), "8"),
                    List.of(String.valueOf(later.id), "2"))));
            assertThat(page.get("roundChart"), equalTo(apiDays("2031-06-07", "2031-06-14", null, "2031-06-14")));
            assertThat(browser.find("#incident-" + revised.id + " td[data-label='Revisions']").getText(),
                    containsString("the toll rose from 6 to 8"));
            assertThat(browser.consoleErrors(), empty());
        }
    }

    @Test
    void aReportedIncidentAndARevisedTollAppearWithoutReload() throws IOException {
        Source source = data.source("Dashboard live source");
        Talks talks = data.talks("Dashboard live round", LocalDate.of(2031, 8, 10), LocalDate.of(2031, 8, 10));
        try (Browser browser = Browser.open(root).load("/?talks=" + talks.id)) {
            assertThat(rows(figures(browser)), empty());
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> "live".equals(d.findElement(By.id("live")).getAttribute("data-status")));
            awaitSubscribed(browser, source);
            browser.script("window.notReloaded = true;");

            String id = postAs(Users.EDITOR, """
                    mutation($source: ID!) { reportIncident(input: {
                      occurredOn: "2031-08-11", datePrecision: DAY, verification: REPORTED,
                      place: { name: "Dashboard live place", admin1: "Odesa", country: "Ukraine", latitude: 46.3, longitude: 30.65 },
                      eventType: EXPLOSIONS_REMOTE_VIOLENCE, target: "live marker", sourceIds: [$source] }) { id } }""",
                    Map.of("source", String.valueOf(source.id)))
                    .statusCode(200).body("errors", nullValue()).extract().path("data.reportIncident.id");
            new WebDriverWait(browser.driver, Duration.ofSeconds(2)).until(d ->
                    !d.findElements(By.cssSelector("#round-incidents tr[data-incident='" + id + "']")).isEmpty()
                            && !d.findElements(By.cssSelector("#round-map circle[data-incident='" + id + "']")).isEmpty());

            postAs(Users.EDITOR, """
                    mutation($id: ID!) { reviseCasualties(input: {
                      incidentId: $id, reportedOn: "2031-08-12", reportedOnPrecision: DAY, killed: 5 }) { id } }""",
                    Map.of("id", id)).statusCode(200).body("errors", nullValue());
            new WebDriverWait(browser.driver, Duration.ofSeconds(2)).until(d -> "5".equals(
                    d.findElement(By.cssSelector("#incident-" + id + " .casualties")).getAttribute("data-killed")));
            assertThat(browser.script("return window.notReloaded === true"), equalTo(true));
            assertThat(browser.consoleErrors(), empty());
        }
    }

    @Test
    void aCopiedUrlReproducesTheView() throws IOException {
        Source source = data.source("Dashboard URL source");
        Talks talks = data.talks("Dashboard URL round", LocalDate.of(2031, 10, 10), LocalDate.of(2031, 10, 11));
        data.casualties(data.incident(LocalDate.of(2031, 10, 9), "Kharkiv", null, source), LocalDate.of(2031, 10, 9), 3, 4);
        data.casualties(data.incident(LocalDate.of(2031, 10, 13), "Kharkiv", null, source), LocalDate.of(2031, 10, 13), 1, 0);
        data.incident(LocalDate.of(2031, 10, 12), "Sumy", null, source);

        String url;
        Map<String, Object> seen;
        try (Browser browser = Browser.open(root).load("/?talks=" + talks.id)) {
            assertThat(rows(figures(browser)).size(), equalTo(3));
            WebElement days = browser.find("#days");
            days.clear();
            days.sendKeys("1", Keys.TAB);
            browser.awaitReady();
            new Select(browser.find("#region")).selectByValue("Kharkiv");
            browser.awaitReady();
            seen = figures(browser);
            assertThat(seen.get("days"), equalTo("1"));
            assertThat(ids(rows(seen)).size(), equalTo(1));
            url = browser.driver.getCurrentUrl();
        }
        assertThat(url, containsString("days=1"));
        assertThat(url, containsString("region=Kharkiv"));
        try (Browser other = Browser.open(root)) {
            other.driver.get(url);
            other.awaitReady();
            assertThat(figures(other), equalTo(seen));
        }
    }

    /**
     * The socket is open before the server has registered the page's subscriptions: report probe incidents
     * (outside the round's window) until the page announces one, so that the measured write is not missed.
     */
    private static void awaitSubscribed(Browser browser, Source source) {
        for (int probe = 1; probe <= 20; probe++) {
            String target = "live probe " + probe;
            postAs(Users.EDITOR, """
                    mutation($source: ID!, $target: String!) { reportIncident(input: {
                      occurredOn: "2031-08-28", datePrecision: DAY, verification: REPORTED,
                      place: { admin1: "Sumy", country: "Ukraine" }, target: $target, sourceIds: [$source] }) { id } }""",
                    Map.of("source", String.valueOf(source.id), "target", target))
                    .statusCode(200).body("errors", nullValue());
            try {
                new WebDriverWait(browser.driver, Duration.ofSeconds(1)).until(d ->
                        d.findElement(By.id("announce")).getAttribute("textContent").contains(target));
                browser.awaitReady();
                return;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // the next probe
            }
        }
        throw new AssertionError("the page never heard of a probe incident");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> figures(Browser browser) {
        return (Map<String, Object>) browser.script(FIGURES);
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> rows(Map<String, Object> page) {
        return (List<List<String>>) page.get("rows");
    }

    private static List<String> ids(List<List<String>> rows) {
        return rows.stream().map(r -> r.get(0)).toList();
    }

    private static List<String> sorted(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        return copy;
    }

    /** The incidents the API gives for a round's window, in its order. */
    private static List<String> apiRound(String talksId, int days) {
        return post("""
                query($id: ID!, $days: Int!) { talk(id: $id) { concurrentIncidents(windowDays: $days, first: 100) { id } } }""",
                Map.of("id", talksId, "days", days))
                .body("errors", nullValue()).extract().path("data.talk.concurrentIncidents.id");
    }

    private static Integer apiKilled(Long incidentId, String asOf) {
        return post("query($id: ID!, $asOf: Date) { incident(id: $id) { casualties(asOf: $asOf) { killed } } }",
                Map.of("id", String.valueOf(incidentId), "asOf", asOf))
                .body("errors", nullValue()).extract().path("data.incident.casualties.killed");
    }

    /** incidentStats per day between two dates, as [period, incidents, killed] rows like the page's table. */
    private static List<List<String>> apiDays(String from, String to, String region, String asOf) {
        String filter = "{from: \"" + from + "\", to: \"" + to + "\"" + (region == null ? "" : ", regions: [\"" + region + "\"]") + "}";
        return stats("filter: " + filter + ", groupBy: [DAY]" + (asOf == null ? "" : ", asOf: \"" + asOf + "\""));
    }

    private static List<List<String>> apiStats(String unit, String region, String asOf) {
        return stats((region == null ? "" : "filter: {regions: [\"" + region + "\"]}, ") + "groupBy: [" + unit + "]"
                + (asOf == null ? "" : ", asOf: \"" + asOf + "\""));
    }

    private static List<List<String>> stats(String arguments) {
        List<Map<String, Object>> groups = post("{ incidentStats(" + arguments + ") { period incidents killed } }")
                .body("errors", nullValue()).extract().path("data.incidentStats");
        return groups.stream().map(g -> List.of((String) g.get("period"), String.valueOf(g.get("incidents")),
                String.valueOf(g.get("killed")))).toList();
    }
}
