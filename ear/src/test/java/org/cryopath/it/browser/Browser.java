package org.cryopath.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (no driver download): one fresh profile per browser,
 * every console message kept so a test can insist the page logged no JavaScript error, and every page it shows
 * checked for accessibility ({@link Accessibility}).
 */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        Path profile;
        try {
            profile = Files.createTempDirectory("cryopath-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1400,1000", "--lang=en-US",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        WebDriver driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return Accessibility.watch(driver);
    }

    /** The console errors logged since the last call (reading the log empties it). */
    public static List<String> javaScriptErrors(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves what the browser shows, for a failing test's report. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path folder = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot must not hide the test's own failure
        }
    }
}
