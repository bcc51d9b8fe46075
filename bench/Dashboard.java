import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Time to a drawn dashboard: loads the page in headless Chromium (a fresh profile each time, so nothing is
 * cached in the browser) and reads the page's own mark 'parley-dashboard-drawn' (navigation start to the
 * overview and the first round drawn), the bytes transferred and the number of GraphQL requests.
 * The first load meets a cold server-side response cache; the later ones are answered from it.
 * Usage: java -cp <selenium class path> bench/Dashboard.java http://127.0.0.1:18090/ [loads]
 */
public class Dashboard {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < loads; i++) {
            Path profile = Files.createTempDirectory("parley-bench-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1400,1800", "--user-data-dir=" + profile);
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
            try {
                driver.get(url);
                new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> ((JavascriptExecutor) d).executeScript(
                        "return performance.getEntriesByName('parley-dashboard-drawn').length") instanceof Number n && n.intValue() > 0);
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) driver.executeScript("""
                        const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
                        return {drawn: performance.getEntriesByName('parley-dashboard-drawn')[0].startTime,
                                bytes: entries.reduce((s, e) => s + (e.transferSize || 0), 0),
                                graphql: entries.filter(e => e.name.endsWith('/graphql')).length,
                                state: document.body.dataset.state};""");
                double drawn = ((Number) m.get("drawn")).doubleValue();
                times.add(drawn);
                System.out.printf("load %d: drawn after %.0f ms, %s bytes transferred, %s GraphQL requests, state %s%n",
                        i + 1, drawn, m.get("bytes"), m.get("graphql"), m.get("state"));
            } finally {
                driver.quit();
                try (var files = Files.walk(profile)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
                }
            }
        }
        List<Double> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(null);
        if (!warm.isEmpty()) {
            System.out.printf("first (cold response cache): %.0f ms; median of the %d later loads: %.0f ms%n",
                    times.get(0), warm.size(), warm.get(warm.size() / 2));
        }
    }
}
