package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.AuditTrail;
import io.breachflow.notices.internal.JdbcLedgerStore;
import java.io.File;
import java.io.StringReader;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer presses "Resume" on a run stored before only approved versions could be sent (its letter is
 * the bare {@code generic/notice}): the page says in words why nothing was sent, in English and Korean,
 * and the audit trail names the officer. Screenshots at 1,400 px go to {@code target/screenshots/}.
 */
@BreachflowIntegrationTest
class NoticeRunsBrowserIntegrationTests {


    @LocalServerPort
    int port;


    @Autowired
    NoticeDispatch notices;

    @Autowired
    JdbcLedgerStore ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1400, 900);

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
    }

    @Test
    void resumingARunOfALetterLegalNeverApprovedIsRefusedInWordsAndAuditedWithTheOfficer() throws Exception {
        String incident = UUID.randomUUID().toString();
        long cohort = notices.importCohort("legacy", new StringReader(
                "person_id,name,email,phone,jurisdiction,language\nl,L,l@example.com,,KR,ko\n")).cohortId();
        long runId = ledger.newRun(cohort, new ApprovedLetter("generic/notice", "v1", "d".repeat(64)),
                new NoticeWave(10, 1), incident, System.currentTimeMillis());
        jdbc.sql("UPDATE notice_run SET status = 'PAUSED' WHERE id = ?").param(runId).update();

        logIn();
        resume(runId, "");
        assertThat(driver.findElement(By.cssSelector("p.flash.error")).getText())
                .startsWith("Run " + runId + " was not resumed: its letter is not a version legal approved");
        screenshot("notice-run-refused-en");
        resume(runId, "?lang=ko");
        assertThat(driver.findElement(By.cssSelector("p.flash.error")).getText())
                .startsWith(runId + "번 발송을 다시 시작하지 않았습니다.");
        screenshot("notice-run-refused-ko");

        assertThat(notices.run(runId).status()).isEqualTo(RunStatus.PAUSED);
        await().atMost(Duration.ofSeconds(10)).until(() -> audit.page(incident, "NOTICE_RUN_REFUSED", 0, 10).entries(),
                entries -> entries.size() == 2 && entries.stream().allMatch(e -> e.actor().equals("officer")
                        && e.detail().startsWith("run=" + runId + " cohort=" + cohort + " reason=NO_VERSION")));
    }

    private void resume(long runId, String query) {
        driver.get("http://localhost:" + port + "/notices" + query);
        driver.findElement(By.cssSelector("form[action$='/notices/runs/" + runId + "/resume'] button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash.error")));
    }

    private void logIn() {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/inbox"));
    }

    private void screenshot(String name) throws Exception {
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }
}
