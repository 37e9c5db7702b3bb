package io.breachflow.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for one browser test, started before each test and quit after it, with the flags
 * this machine needs (no background networking) and a fresh profile. Missing Chromium aborts the test locally and
 * fails it in CI. Register with {@code @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();}.
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterEachCallback {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Where every browser test leaves its screenshots. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final int width;
    private final int height;
    private Path profile;
    private ChromeDriverService service;
    private WebDriver driver;

    /** A 1,400 × 1,000 window, the width the screens are checked at. */
    public HeadlessChromium() {
        this(1400, 1000);
    }

    public HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Expected Debian's chromium and chromium-driver in CI, but one is missing");
            }
            Assumptions.abort("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        profile = Files.createTempDirectory("breachflow-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File(profile.toFile(), "chromedriver.log")).build();
        service.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createDirectories(profile.resolve("profile")));
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** A wait polling every half second for up to {@code patience}. */
    public WebDriverWait waiting(Duration patience) {
        return new WebDriverWait(driver, patience, Duration.ofMillis(500));
    }

    /**
     * Picks {@code at} in the date-time field {@code id} and {@code zone} in the time-zone choice beside it, as a
     * person does: typed into the browser's picker segment by segment (month, day, year, then hour, minute, AM/PM in
     * the en-US picker this browser runs), never an ISO-8601 string.
     */
    public void pickDateTime(String id, java.time.LocalDateTime at, String zone) {
        org.openqa.selenium.WebElement field = driver.findElement(org.openqa.selenium.By.id(id));
        field.clear();
        field.sendKeys(at.format(java.time.format.DateTimeFormatter.ofPattern("MMddyyyy", java.util.Locale.US)),
                org.openqa.selenium.Keys.TAB,
                at.format(java.time.format.DateTimeFormatter.ofPattern("hhmma", java.util.Locale.US)));
        new org.openqa.selenium.support.ui.Select(driver.findElement(org.openqa.selenium.By.id(id + "__zone")))
                .selectByValue(zone);
    }

    /** The whole page, not just the window, at the browser's width, as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Object pageHeight = ((JavascriptExecutor) driver).executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(before.getWidth(),
                    Math.min(8000, ((Number) pageHeight).intValue() + 120)));
            File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(before);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
