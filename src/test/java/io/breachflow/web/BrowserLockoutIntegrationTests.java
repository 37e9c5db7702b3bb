package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.breachflow.BreachflowIntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real headless Chromium: a locked account's login page says why and for how long, in English and
 * Korean (screenshots in {@code target/screenshots/login-locked-*.png}), and neither it nor the htmx inbox
 * trips the content security policy.
 */
@BreachflowIntegrationTest
class BrowserLockoutIntegrationTests {


    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;


    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1400, 900);

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
    }

    /** The throttle is shared with every other test of the context: no lock outlives this test. */
    @AfterEach
    void resetShared() {
        throttle.clear();
    }

    @Test
    void aLockedAccountsLoginPageSaysWhyAndHowLongInEnglishAndKorean() throws Exception {
        FormLoginClient guesser = new FormLoginClient(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            guesser.logIn("legal", "guess-" + attempt);
        }
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));

        logIn("legal", "demo");
        wait.until(ExpectedConditions.urlContains("/login?locked"));
        assertThat(driver.findElement(By.cssSelector("main [role=alert]")).getText())
                .contains("Logging in is paused after too many failed attempts.", "up to 15 minutes");
        screenshot("login-locked-en");

        driver.get("http://localhost:" + port + "/login?locked&lang=ko");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "로그인"));
        assertThat(driver.findElement(By.cssSelector("main [role=alert]")).getText())
                .contains("로그인 실패가 너무 많아", "최대 15분");
        screenshot("login-locked-ko");
        assertThat(policyViolations()).isEmpty();
    }

    @Test
    void theLoginPageAndTheHtmxInboxRunUnderTheContentSecurityPolicy() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        logIn("officer", "demo");
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Inbox"));
        wait.until(browser -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return typeof htmx !== 'undefined'"));

        assertThat(policyViolations()).isEmpty();
    }

    private void logIn(String username, String password) {
        driver.get("http://localhost:" + port + "/login?lang=en");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
    }

    private List<String> policyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    private void screenshot(String name) throws Exception {
        driver.manage().window().setSize(new Dimension(1400, 900));
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
