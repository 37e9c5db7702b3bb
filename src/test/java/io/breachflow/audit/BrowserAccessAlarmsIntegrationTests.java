package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.breachflow.BreachflowIntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import io.breachflow.web.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The alarms page in a real browser, in English and Korean: an auditor who exported 200 people's records is
 * refused the next export with a page saying a second person must approve, and the DPO sees the alarm with
 * "approve one more access" and "clear". Leaves 1,400 px screenshots in {@code target/screenshots/}.
 */
@BreachflowIntegrationTest
class BrowserAccessAlarmsIntegrationTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;


    @Autowired
    AccessLog accessLog;

    @Autowired
    InMemoryUserDetailsManager users;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1400, 1000);

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(500));
    }

    @Test
    void anAuditorPastTheThresholdIsAskedForASecondApprovalAndTheDpoSeesTheAlarm() throws Exception {
        String auditor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(User.withUsername(auditor).password("{noop}demo").roles("AUDITOR").build());
        accessLog.record(auditor, new PersonalDataAccess(AccessKind.REGISTER_EXPORT, "test", 200, null, "test"));
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        users.createUser(User.withUsername(officer).password("{noop}demo").roles("COMPLIANCE_OFFICER").build());
        accessLog.record(officer, new PersonalDataAccess(AccessKind.MAILBOX, "test", 1_250, null, "test"));

        logIn(auditor);
        driver.get(url("/register/export.csv?lang=en"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("A second person must approve");
        shot("alarm-approval-required-en");
        driver.get(url("/register/export.csv?lang=ko"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("다른 사람의 승인이 필요합니다");
        shot("alarm-approval-required-ko");
        logOut();

        logIn("dpo");
        driver.get(url("/audit/alarms?lang=en"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(auditor, officer,
                "Too many people's records", "Approve one more access", "Clear alarm");
        driver.findElement(By.cssSelector("tr.alarm-open form[action$='/approve'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "One more access approved"));
        shot("alarm-dashboard-en");
        driver.get(url("/audit/alarms?lang=ko"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("대량 열람 경보", "한 번 더 열람 승인");
        shot("alarm-dashboard-ko");
        driver.get(url("/audit/alarms?lang=en"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(String username) {
        driver.get(url("/login?lang=en"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
    }

    private void logOut() {
        driver.get(url("/inbox"));
        driver.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1400, Math.max(600, ((Number) height).intValue() + 120)));
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(before);
    }
}
