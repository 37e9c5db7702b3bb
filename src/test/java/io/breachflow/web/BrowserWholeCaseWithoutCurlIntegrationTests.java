package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.notices.ApprovedLetters;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRenotices;
import io.breachflow.regimes.BreachFactsJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16's "done when", in one Chromium session and without an API call: the officer imports a 20,000-person
 * cohort with bad rows and sees them by line, starts the run from the approved letter's page, and once it has
 * finished records the regulator's order to notify again; re-notifies everyone the run reached, naming the order;
 * legal approves the corrected letter on its task page; the second run finishes; and the look-up of one person
 * shows both letters. Only the incident and its first approved letter are set up through the services (as the
 * drafting desk and legal would have left them). People are reached by SMS, so 40,000 letters stay quick.
 */
@BreachflowIntegrationTest
class BrowserWholeCaseWithoutCurlIntegrationTests {

    private static final int ROWS = 20_000;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @LocalServerPort
    int port;

    @Autowired
    NoticeDrafting drafting;

    @Autowired
    NoticeRenotices renotices;

    @Autowired
    IncidentIntake intake;

    @Autowired
    ObjectMapper mapper;

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
    void cohortRunRegulatorOrderReNoticeApprovalAndTheLookUpAllInTheBrowser(@TempDir Path dir) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String incident = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "officer").id().toString();
        LetterVersion letter = ApprovedLetters.approve(drafting, ApprovedLetters.draftKorean(drafting, incident));
        String name = "Coupang wave " + tag;

        logIn("officer");
        driver.get(url("/notices/cohorts?lang=en"));
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("incidentId"))).selectByValue(incident);
        driver.findElement(By.id("file")).sendKeys(cohortFile(dir, tag).toAbsolutePath().toString());
        driver.findElement(By.id("import-button")).click();
        WebElement imported = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.confirmation")));
        assertThat(imported.getText()).contains("19,997 people kept", "3 rows rejected");
        assertThat(driver.findElements(By.cssSelector("table.rejects td.line")).stream().map(WebElement::getText))
                .containsExactly("11", "5001", "15001");

        driver.get(url("/incidents/" + incident + "#documents"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("details.start-run[data-version-id='" + letter.id() + "'] summary"))).click();
        new Select(driver.findElement(By.id("cohortId-" + letter.id()))).selectByVisibleText(name + " — 19,997 people");
        WebElement rate = driver.findElement(By.id("messagesPerSecond-" + letter.id()));
        rate.clear();
        rate.sendKeys("0");
        driver.findElement(By.cssSelector("details.start-run[data-version-id='" + letter.id() + "'] button.start-run-button"))
                .click();
        WebElement started = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-started")));
        String progress = started.findElement(By.tagName("a")).getAttribute("href");
        long firstRun = Long.parseLong(progress.substring(progress.indexOf("#run-") + 5));
        awaitCompleted(firstRun);

        // the regulator orders the notices sent again, corrected
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(9)).truncatedTo(ChronoUnit.MINUTES);
        driver.get(url("/incidents/" + incident + "/regulator-questions"));
        driver.findElement(By.cssSelector("input[name=kind][value=ORDER]")).click();
        driver.findElement(By.id("authority")).sendKeys("PIPC");
        driver.findElement(By.id("reference")).sendKeys("PIPC-ORDER-" + tag);
        chromium.pickDateTime("receivedAt", now.toLocalDateTime(), "Asia/Seoul");
        chromium.pickDateTime("answerDue", now.plusDays(7).toLocalDateTime(), "Asia/Seoul");
        driver.findElement(By.id("summary")).sendKeys("Re-send the notices, stating every data category exposed");
        driver.findElement(By.id("question-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Order recorded."));
        chromium.screenshot("whole-case-order-recorded");

        driver.get(url("/notices/runs/" + firstRun));
        driver.findElement(By.id("reason")).sendKeys("The first letter left out the order history exposed");
        driver.findElement(By.id("orderReference")).sendKeys("PIPC-ORDER-" + tag);
        driver.findElement(By.id("renotice-submit")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash"))).getText())
                .startsWith("Re-notice requested.");

        logOut();
        logIn("legal");
        WebElement approval = wait.until(d -> {
            d.get(url("/inbox?incident=" + incident));
            return d.findElements(By.cssSelector("table.inbox tr.task a[href^='/tasks/']")).stream()
                    .filter(link -> link.getText().contains("Approve notice")).findFirst().orElse(null);
        });
        approval.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "The first letter left out the order history exposed"));
        wait.until(d -> {
            WebElement yes = d.findElement(By.id("approved-yes"));
            if (!yes.isSelected()) {
                yes.click();
            }
            return yes.isSelected();
        });
        driver.findElement(By.cssSelector("button[name=action][value=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")));

        logOut();
        logIn("officer");
        long secondRun = wait.until(d -> renotices.ofEarlierRun(firstRun).stream().map(r -> r.laterRunId())
                .filter(id -> id != null).findFirst().orElse(null));
        awaitCompleted(secondRun);
        assertThat(driver.findElement(By.cssSelector(".renotice-of")).getText())
                .contains("Run " + firstRun, "PIPC-ORDER-" + tag);
        chromium.screenshot("whole-case-second-run");

        driver.get(url("/notices/lookup"));
        driver.findElement(By.id("phone")).sendKeys(phone(tag, 42));
        driver.findElement(By.id("reason")).sendKeys("The customer called: was I told, and with which letter?");
        driver.findElement(By.id("lookup-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lookup-result")));
        List<WebElement> rows = driver.findElements(By.cssSelector("table.lookup-letters tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("Run " + firstRun);
        assertThat(rows.get(1).getText()).contains("Run " + secondRun, "Corrected re-send of run " + firstRun);
        chromium.screenshot("whole-case-lookup");
    }

    private void awaitCompleted(long runId) {
        wait.until(d -> {
            d.get(url("/notices/runs/" + runId + "?lang=en"));
            return d.findElement(By.cssSelector(".run-facts dd")).getText().equals("Completed");
        });
    }

    /** 20,000 people reached by SMS; lines 11, 5,001 and 15,001 name a jurisdiction that does not exist. */
    private static Path cohortFile(Path dir, String tag) throws Exception {
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int line = 2; line <= ROWS + 1; line++) {
            String jurisdiction = line == 11 || line == 5_001 || line == 15_001 ? "XX" : "KR";
            csv.append("w").append(tag).append('-').append(line).append(",Person ").append(line).append(",,")
                    .append(phone(tag, line)).append(',').append(jurisdiction).append(",ko\n");
        }
        Path file = dir.resolve("cohort.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static String phone(String tag, int line) {
        return "+8210" + String.format("%08d", Math.abs((tag + line).hashCode()) % 100_000_000);
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

    private static final String FACTS = """
            {"title": "Customer data read by a former employee", "awareAt": "2025-11-18T22:00:00+09:00",
             "affected": [{"jurisdiction": "KR", "count": 20000}], "dataCategories": ["NAME", "PHONE", "ORDER_HISTORY"],
             "cause": "INSIDER", "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "KR", "secRegistrant": false, "onlineServiceProvider": true}}""";
}
