package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.breachflow.BreachflowIntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real headless Chromium logs in through the form and switches the UI to Korean. */
@BreachflowIntegrationTest
class BrowserLoginIntegrationTests {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    @TempDir
    Path userDataDir;

    private ChromeDriverService service;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Expected Debian's chromium and chromium-driver in CI, but " + CHROMEDRIVER + " or "
                        + CHROMIUM + " is missing");
            }
            Assumptions.abort("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(userDataDir.toFile(), "chromedriver.log"))
                .build();
        service.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createDirectories(userDataDir.resolve("profile")));
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @Test
    void officerLogsInThroughTheFormSeesTheInboxAndSwitchesToKorean() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Inbox"));
        assertThat(driver.getCurrentUrl()).endsWith("/inbox");
        assertThat(driver.findElement(By.cssSelector(".user")).getText()).isEqualTo("officer");

        driver.findElement(By.cssSelector(".lang-switch a[lang=ko]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "받은 작업함"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");

        driver.findElement(By.linkText("사고")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "사고"));
        // other tests sharing this context may have reported incidents: the list or its empty message
        assertThat(driver.findElements(By.cssSelector("p.empty, table.incidents"))).isNotEmpty();
    }
}
