package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.breachflow.BreachflowIntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An auditor verifies the chain on {@code /audit}; after an insider edits an entry in the database the
 * verify button reports the sequence and every page shows the banner, until the entry is restored and the
 * chain verifies again. Screenshots in English and Korean go to {@code target/screenshots/}.
 */
@BreachflowIntegrationTest
class BrowserAuditChainIntegrationTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;


    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1400, 1000);

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(200));
    }

    @Test
    void anAuditorSeesTheChainVerifiesItAndSeesABreakOnEveryPage() throws Exception {
        trail.append("auditor", "TEST_BROWSER", null, "approved=false");
        AuditEntry target = trail.append("dpo", "TEST_BROWSER_TAMPER", null, "approved=false");
        trail.append("dpo", "TEST_BROWSER", null, "n=3");
        logIn("auditor");

        driver.get(url("/audit?lang=en"));
        driver.findElement(By.id("audit-verify")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"), "is intact"));
        assertThat(driver.findElement(By.id("audit-verification")).getText()).startsWith("Intact:");
        shot("audit-chain-intact-en");
        driver.get(url("/audit?lang=ko"));
        shot("audit-chain-intact-ko");

        jdbc.update("UPDATE audit_entry SET detail = 'approved=true' WHERE sequence = ?", target.sequence());
        try {
            driver.get(url("/audit?lang=en"));
            driver.findElement(By.id("audit-verify")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"),
                    "Verification failed at sequence " + target.sequence()));
            assertThat(driver.findElement(By.cssSelector("p.audit-chain-break")).getText())
                    .contains("failed verification at sequence " + target.sequence());
            shot("audit-chain-broken-en");
            driver.get(url("/register?lang=ko"));
            assertThat(driver.findElement(By.cssSelector("p.audit-chain-break")).getText())
                    .contains("순번 " + target.sequence());
            shot("audit-chain-broken-banner-ko");
            driver.get(url("/audit?lang=ko"));
            shot("audit-chain-broken-ko");
        } finally {
            jdbc.update("UPDATE audit_entry SET detail = 'approved=false' WHERE sequence = ?", target.sequence());
        }
        driver.get(url("/audit?lang=en"));
        driver.findElement(By.id("audit-verify")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"), "is intact"));
        assertThat(driver.findElements(By.cssSelector("p.audit-chain-break"))).as("banner gone").isEmpty();
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

    private void shot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(1400, Math.min(8000, ((Number) height).intValue() + 120)));
        File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }
}
