package dev.parley.dashboard;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import dev.parley.support.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver: a real browser loading the dashboard the
 * way a reader's does. Tests are skipped (an assumption) where Chromium is not installed.
 */
final class Browser implements AutoCloseable {

    final ChromeDriver driver;
    private final Path profile;
    private final URL root;

    private Browser(URL root, int width, int height) throws IOException {
        this.root = root;
        profile = Files.createTempDirectory("parley-chromium");
        driver = Chromium.start(profile, width, height, false, null);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    /** A desktop-sized window. */
    static Browser open(URL root) throws IOException {
        return new Browser(root, 1400, 1800);
    }

    static Browser open(URL root, int width, int height) throws IOException {
        return new Browser(root, width, height);
    }

    /** Loads a path of the service (e.g. "/?talks=30") and waits until the page has drawn its figures. */
    Browser load(String pathAndQuery) {
        driver.get(root.toString().replaceAll("/$", "") + pathAndQuery);
        return awaitReady();
    }

    /** Waits until the dashboard has finished drawing (body[data-state=ready]). */
    Browser awaitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "ready".equals(
                d.findElement(By.tagName("body")).getAttribute("data-state")));
        return this;
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Console messages at SEVERE: script errors, and resources that failed to load. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Every resource the page fetched: [url, HTTP status, bytes transferred, encoded body bytes]. */
    @SuppressWarnings("unchecked")
    List<List<Object>> resources() {
        return (List<List<Object>>) script("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => [e.name, e.responseStatus || 0, e.transferSize || 0, e.encodedBodySize || 0]);""");
    }

    /** Milliseconds from navigation to the dashboard's first complete drawing (its performance mark). */
    double timeToDrawn() {
        return ((Number) script("return performance.getEntriesByName('parley-dashboard-drawn')[0].startTime;")).doubleValue();
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot of the whole page (its full height) under target/. */
    Path screenshot(String name) throws IOException {
        Number height = (Number) script("return document.documentElement.scrollHeight;");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.width, Math.min(height.intValue() + 140, 6000)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        driver.manage().window().setSize(before);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
