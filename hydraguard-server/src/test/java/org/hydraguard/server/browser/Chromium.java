package org.hydraguard.server.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.CapabilityType;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Both paths are given explicitly so
 * that Selenium Manager never looks for (or downloads) a browser; the profile is a fresh temporary
 * folder, and every background service that would reach the network is off.
 */
final class Chromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final int WIDTH = 1400;
    static final int HEIGHT = 1000;

    final ChromeDriver driver;
    private final Path profile;

    Chromium() throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver ("
                    + BROWSER + ", " + DRIVER + "); install them with: apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        profile = Files.createTempDirectory("hg-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT);
        // an alert must stay open so a test can see that one appeared (the default would dismiss it)
        options.setCapability(CapabilityType.UNHANDLED_PROMPT_BEHAVIOUR, UnexpectedAlertBehaviour.IGNORE);
        // the page's console errors (script errors, CSP violations, failed loads) are read by the tests
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(10));
    }

    /** Saves the whole page (not just the window) as a PNG, then restores the window size. */
    Path screenshot(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Object h = driver.executeScript("window.scrollTo(0, 0); return Math.ceil(document.documentElement.scrollHeight)");
        int height = Math.max(HEIGHT, Math.min(6000, ((Number) h).intValue()));
        driver.manage().window().setSize(new Dimension(WIDTH, height));
        // the window's size includes whatever the browser draws around the page; make the page itself fit
        int inner = ((Number) driver.executeScript("return window.innerHeight")).intValue();
        if (inner < height) {
            driver.manage().window().setSize(new Dimension(WIDTH, 2 * height - inner));
        }
        try {
            Thread.sleep(250); // let charts re-lay themselves out for the new size
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Path file = dir.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while taking a screenshot", e);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    /** Saves what the window shows (a dialog over the page, say) as a PNG. */
    Path viewport(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
