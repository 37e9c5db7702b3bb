package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.ApprovedLetters;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRenotices;
import io.breachflow.notices.Renotice;
import io.breachflow.notices.RunStatus;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Coupang re-notice in a real browser: the officer orders a corrected re-send from the finished run's page,
 * legal approves the corrected letter on its task page, the second run finishes and names the first, and a look-up
 * of the customer shows both letters. Screenshots go to {@code target/screenshots/}.
 */
@BreachflowIntegrationTest
class BrowserRenoticeIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    NoticeDrafting drafting;

    @Autowired
    NoticeRenotices renotices;

    @Autowired
    HumanTasks tasks;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = chromium.waiting(PATIENCE);
    }

    @Test
    void anOfficerReNotifiesLegalApprovesTheSecondRunFinishesAndTheCustomerLookupShowsBothLetters() {
        String incident = UUID.randomUUID().toString();
        String tag = incident.substring(0, 8);
        ApprovedLetter letter = ApprovedLetters.korean(drafting, incident);
        long cohortId = notices.importCohort("browser", new StringReader("person_id,name,email,phone,jurisdiction,language\n"
                + "c-" + tag + ",Kim,kim-" + tag + "@example.com,,KR,ko\n"
                + "d-" + tag + ",Lee,lee-" + tag + "@example.com,,KR,ko\n")).cohortId();
        long earlierRunId = notices.startRun(cohortId, letter, notices.defaultWave(), incident, "officer").id();
        wait.until(d -> notices.progress(earlierRunId).status() == RunStatus.COMPLETED);

        logIn("officer");
        driver.get(url("/notices"));
        driver.findElement(By.cssSelector("a[href$='/notices/runs/" + earlierRunId + "']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reason")));
        driver.findElement(By.id("renotice-submit")).click();
        assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
                .contains("Enter what was corrected and why the letter is sent again");
        driver.findElement(By.id("reason")).sendKeys("PIPC found the first letter understated the data exposed");
        driver.findElement(By.id("orderReference")).sendKeys("PIPC-2025-118");
        chromium.screenshot("renotice-run-form");
        driver.findElement(By.id("renotice-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")));
        assertThat(driver.findElement(By.cssSelector("p.flash")).getText()).startsWith("Re-notice requested.");
        assertThat(driver.findElement(By.cssSelector(".renotices")).getText()).contains("Waiting for legal approval");

        Renotice renotice = renotices.ofEarlierRun(earlierRunId).get(0);
        String subject = "kr-pipa-renotice-" + renotice.id();
        wait.until(d -> !tasks.openForSubject(incident, subject).isEmpty());
        HumanTask approval = tasks.openForSubject(incident, subject).get(0);
        logOut();
        logIn("legal");
        driver.get(url("/tasks/" + approval.id()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "PIPC found the first letter understated the data exposed"));
        wait.until(d -> {
            WebElement yes = d.findElement(By.id("approved-yes"));
            if (!yes.isSelected()) {
                yes.click();
            }
            return yes.isSelected();
        });
        chromium.screenshot("renotice-approval");
        driver.findElement(By.cssSelector("button[name=action][value=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")));

        logOut();
        logIn("officer");
        wait.until(d -> renotices.find(renotice.id()).orElseThrow().laterRunId() != null);
        long laterRunId = renotices.find(renotice.id()).orElseThrow().laterRunId();
        driver.get(url("/notices/runs/" + laterRunId));
        wait.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector(".run-facts dd")).getText().equals("Completed");
        });
        assertThat(driver.findElement(By.cssSelector(".renotice-of")).getText())
                .contains("Run " + earlierRunId, "PIPC-2025-118");
        chromium.screenshot("renotice-later-run");
        driver.get(url("/notices/runs/" + laterRunId + "?lang=ko"));
        assertThat(driver.findElement(By.cssSelector(".renotice-of h2")).getText()).isEqualTo("정정 재발송");
        chromium.screenshot("renotice-later-run-ko");
        driver.get(url("/notices/lookup?lang=en"));

        driver.get(url("/notices/lookup"));
        driver.findElement(By.id("email")).sendKeys("kim-" + tag + "@example.com");
        driver.findElement(By.id("reason")).sendKeys("Customer complaint 118");
        driver.findElement(By.id("lookup-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lookup-result")));
        assertThat(driver.getCurrentUrl()).as("the address stays out of the URL").doesNotContain("kim-");
        List<WebElement> rows = driver.findElements(By.cssSelector("table.lookup-letters tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Run " + earlierRunId, "Sent");
        assertThat(rows.get(1).getText()).contains("Run " + laterRunId, "Corrected re-send of run " + earlierRunId);
        chromium.screenshot("renotice-lookup");
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
}
