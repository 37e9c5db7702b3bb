package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.engine.EngineClock;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.tasklist.HumanTasks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real headless Chromium reads the case screens as a compliance officer does, in English and Korean: the
 * revise form previews the obligations a revision adds before it is sent, the workspace of the revised case
 * marks them as new, and the inbox names tasks and obligations in words. Each screen is saved 1,400 px wide
 * to {@code target/screenshots/case-*.png}. Countdowns keep counting from the application's clock, which
 * drill mode moves: with the clock pinned a day and more away from the browser's, the badge still says what
 * the server said.
 */
@BreachflowIntegrationTest
class CaseScreensBrowserIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;


    @Autowired
    IncidentIntake intake;

    @Autowired
    IncidentRecords records;

    @Autowired
    HumanTasks tasks;

    @Autowired
    EngineClock clock;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1400, 900);

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(500));
    }

    /** The application clock is shared with every other test of the context: it leaves as it came. */
    @AfterEach
    void resetShared() {
        clock.reset();
    }

    @Test
    void theRevisePreviewTheRevisedWorkspaceAndTheInboxSpeakTheReadersLanguage() throws Exception {
        IncidentId id = reportAnIncident(Duration.ofHours(10));
        try {
            logIn();
            String revise = "http://localhost:" + port + "/incidents/" + id + "/revise";

            driver.get(revise + "?lang=ko");
            addJapaneseCustomersAndAwaitThePreview("새 의무");
            assertThat(text("#revise-preview")).contains("개인정보보호위원회", "PPC").doesNotContain("jp-appi-");
            screenshot("case-revise-preview-ko");

            driver.get(revise + "?lang=en");
            addJapaneseCustomersAndAwaitThePreview("New obligations");
            assertThat(text("#revise-preview")).contains("PPC report — APPI Art. 26", "due ");
            screenshot("case-revise-preview-en");
            driver.findElement(By.id("revise-submit")).click();
            wait.until(ExpectedConditions.urlMatches("/incidents/[0-9a-f-]{36}$"));

            String workspace = "http://localhost:" + port + "/incidents/" + id;
            awaitWorkspace(workspace + "?lang=en", "new in revision 2");
            assertThat(text("table.obligations")).contains("PIPC report — PIPA Art. 34", "KST", "new in revision 2")
                    .doesNotContain("kr-pipa-report");
            assertThat(text("#case-timeline")).contains("Reported", "Revised", "Revision 2")
                    .doesNotContain("(START_EVENT");
            screenshot("case-workspace-en");
            sectionScreenshot("case-workspace-timeline-en", "#timeline");
            driver.findElement(By.cssSelector("label[for=timeline-steps]")).click();
            assertThat(text("#case-timeline")).contains("(START_EVENT, Process_BreachLifecycle)");
            awaitWorkspace(workspace + "?lang=ko", "개정 2에서 추가");
            assertThat(text("#case-timeline")).contains("사고 보고", "범위 변경");
            screenshot("case-workspace-ko");
            sectionScreenshot("case-workspace-timeline-ko", "#timeline");

            driver.get("http://localhost:" + port + "/inbox?lang=ko&incident=" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("신고서 작성")));
            assertThat(text("#inbox-list")).contains("개인정보보호위원회(PIPC) 신고 — PIPA Art. 34", "KST", "남음");
            screenshot("case-inbox-ko");
            driver.get("http://localhost:" + port + "/inbox?lang=en&incident=" + id);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Draft report")));
            assertThat(text("#inbox-list")).contains("PIPC report — PIPA Art. 34", "KST", "Compliance officers");
            screenshot("case-inbox-en");
        } catch (Throwable failure) {
            screenshot("case-screens-failed");
            throw failure;
        }
    }

    @Test
    void countdownsKeepCountingFromTheApplicationsClockNotTheBrowsers() throws Exception {
        // the clock is only ever pinned into the past, so no timer of the shared application fires early
        IncidentId recent = reportAnIncident(Duration.ofHours(10));
        IncidentId late = reportAnIncident(Duration.ofHours(80));
        try {
            logIn();
            // drill mode: the application's clock stands half a day before the browser's
            clock.pin(pipcDue(recent).minus(Duration.ofDays(3).plusHours(2).plusMinutes(30).plusSeconds(30)));
            driver.get("http://localhost:" + port + "/incidents/" + recent + "?lang=en");
            assertThat(pipcCountdown().getText()).isEqualTo("in 3 days 2 h");
            ((JavascriptExecutor) driver).executeScript("window.breachflowCountdowns();");
            assertThat(pipcCountdown().getText()).isEqualTo("in 3 days 2 h");

            clock.pin(pipcDue(late).plus(Duration.ofHours(5).plusMinutes(10).plusSeconds(30)));
            driver.get("http://localhost:" + port + "/incidents/" + late + "?lang=en");
            ((JavascriptExecutor) driver).executeScript("window.breachflowCountdowns();");
            assertThat(pipcCountdown().getText()).isEqualTo("5 h 10 min overdue");
            assertThat(pipcCountdown().getDomAttribute("class")).contains("overdue");
        } catch (Throwable failure) {
            screenshot("case-countdown-failed");
            throw failure;
        } finally {
            clock.reset();
        }
    }

    private Instant pipcDue(IncidentId id) {
        return records.find(id).orElseThrow().obligations().stream()
                .filter(o -> o.key().equals("kr-pipa-report")).map(IncidentRecord.ObligationEntry::dueAt)
                .findFirst().orElseThrow().toInstant();
    }

    private IncidentId reportAnIncident(Duration ago) {
        String awareAt = clock.instant().minus(ago).truncatedTo(ChronoUnit.MINUTES)
                .atOffset(ZoneOffset.ofHours(9)).toString();
        BreachFactsJson facts = new BreachFactsJson("Customer database exposed by a misconfigured backup", awareAt,
                awareAt, List.of(new BreachFactsJson.AffectedJson("KR", 4500L),
                        new BreachFactsJson.AffectedJson("US-CA", 501L)),
                List.of("NAME", "EMAIL", "PHONE"), "EXTERNAL_ATTACK", true, false, true,
                new BreachFactsJson.OrganizationJson("KR", false, true, null, null, null, false),
                new BreachFactsJson.MilestonesJson(null, null, null, null));
        IncidentId id = intake.report(facts, "officer").id();
        await().atMost(PATIENCE).until(() -> tasks.openForIncident(id.toString()).stream()
                .anyMatch(task -> "Task_DraftReport".equals(task.elementId())));
        return id;
    }

    private void addJapaneseCustomersAndAwaitThePreview(String heading) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#revise-preview h2")));
        WebElement affected = driver.findElement(By.id("affected"));
        affected.clear();
        affected.sendKeys("KR=4500\nUS-CA=501\nJP=300");
        driver.findElement(By.id("note")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("revise-preview"), heading));
    }

    private void awaitWorkspace(String address, String expected) {
        wait.until(browser -> {
            browser.get(address);
            return browser.findElement(By.id("obligations")).getText().contains(expected);
        });
        wait.until(ExpectedConditions.attributeToBe(By.id("case-timeline"), "data-state", "loaded"));
        wait.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(By.id("case-diagrams"), "data-state",
                "loading")));
    }

    private WebElement pipcCountdown() {
        return wait.until(browser -> browser.findElements(By.cssSelector("table.obligations tbody tr")).stream()
                .filter(row -> row.getText().contains("PIPC report"))
                .map(row -> row.findElement(By.cssSelector(".countdown"))).findFirst().orElse(null));
    }

    private String text(String selector) {
        return driver.findElement(By.cssSelector(selector)).getText();
    }

    private void logIn() {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
    }

    /** One section of the page, 1,400 px wide, to {@code target/screenshots/<name>.png}. */
    private void sectionScreenshot(String name, String selector) throws Exception {
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(1400, (int) Math.min(12000, ((Number) height).longValue() + 40)));
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Files.copy(driver.findElement(By.cssSelector(selector)).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1400, 900));
    }

    /** The whole page, 1,400 px wide, to {@code target/screenshots/<name>.png}. */
    private void screenshot(String name) throws Exception {
        if (!(driver instanceof TakesScreenshot camera)) {
            return;
        }
        Object height = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(1400, (int) Math.min(6000, ((Number) height).longValue() + 40)));
        Path target = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1400, 900));
    }
}
