package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.LawEnforcementRequests;
import io.breachflow.regimes.BreachFactsJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer works a Californian case in a real headless Chromium without any API call: uploads two evidence
 * files at once (and sees a dropped file join them), builds the police package and records its hand-over, then
 * records the police's request to hold the notices twice, as happens when the same letter is entered by two
 * people: one hold results and the California notice deadline moves once, from 5 to 19 January 2027.
 */
@BreachflowIntegrationTest
class BrowserCaseworkIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId CALIFORNIA = ZoneId.of("America/Los_Angeles");

    @LocalServerPort
    int port;

    @Autowired
    IncidentIntake intake;

    @Autowired
    IncidentRecords records;

    @Autowired
    LawEnforcementRequests requests;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1400, 900);

    @TempDir
    Path files;

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = chromium.waiting(PATIENCE);
    }

    @Test
    void evidenceIsUploadedPackagedAndHandedOverAndAHoldRecordedTwiceMovesTheDeadlineOnce() throws Exception {
        IncidentId id = reportACaliforniaBreach();
        assertThat(californiaNoticeDue(id)).isEqualTo(LocalDate.parse("2027-01-05"));
        logIn();

        driver.get(base() + "/incidents/" + id + "?lang=en");
        driver.findElement(By.id("open-evidence")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-form")));
        Path log = Files.writeString(files.resolve("proxy-access.log"), "GET /orders/export 200\n", StandardCharsets.UTF_8);
        Path list = Files.writeString(files.resolve("exported-tables.csv"), "table,rows\norders,1200\n", StandardCharsets.UTF_8);
        driver.findElement(By.id("files")).sendKeys(log + "\n" + list);
        dropAFile("screenshot-of-console.txt");
        assertThat(driver.findElement(By.id("chosen-files")).getText()).contains("proxy-access.log")
                .contains("exported-tables.csv").contains("screenshot-of-console.txt");
        driver.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-form")));
        driver.findElement(By.id("files")).sendKeys(log + "\n" + list);
        driver.findElement(By.id("description")).sendKeys("Proxy log and the list of exported tables");
        driver.findElement(By.id("evidence-submit")).click();
        assertThat(flash()).isEqualTo("2 files added to the evidence locker with their SHA-256.");
        assertThat(driver.findElements(By.cssSelector("tr.evidence-item"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("table.evidence-items")).getText())
                .contains("proxy-access.log").contains("exported-tables.csv").contains("Uploaded officer");

        driver.findElement(By.id("package-submit")).click();
        assertThat(flash()).startsWith("Police package built with 2 files");
        driver.findElement(By.id("handedTo")).sendKeys("LAPD Cyber Crimes Section");
        driver.findElement(By.id("caseNumber")).sendKeys("LAPD-2026-4417");
        driver.findElement(By.cssSelector(".hand-over-submit")).click();
        assertThat(flash()).startsWith("Hand-over under police case LAPD-2026-4417 recorded");
        assertThat(driver.findElement(By.cssSelector(".hand-over")).getText())
                .startsWith("To LAPD Cyber Crimes Section under police case LAPD-2026-4417, recorded by officer");
        assertThat(driver.findElement(By.cssSelector("table.evidence-items")).getText()).contains("Handed to the police");
        chromium.screenshot("casework-evidence");

        for (int time = 1; time <= 2; time++) {
            driver.get(base() + "/incidents/" + id + "?lang=en");
            driver.findElement(By.id("open-holds")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hold-form")));
            driver.findElement(By.id("agency")).sendKeys("Los Angeles Police Department");
            driver.findElement(By.id("reference")).sendKeys("LAPD-2026-4417");
            chromium.pickDateTime("requestedAt", java.time.LocalDateTime.parse("2026-12-07T09:00"),
                    "America/Los_Angeles");
            chromium.pickDateTime("holdUntil", java.time.LocalDateTime.parse("2026-12-21T09:00"),
                    "America/Los_Angeles");
            driver.findElement(By.id("note")).sendKeys("Notice would impede a criminal investigation");
            driver.findElement(By.id("hold-submit")).click();
            assertThat(flash()).isEqualTo(time == 1 ? "Hold recorded: 1 notice held, its deadline moved."
                    : "This request was already recorded: nothing was moved again (1 notice held).");
        }
        assertThat(driver.findElements(By.cssSelector("article.hold"))).hasSize(1);
        assertThat(requests.holds(id)).hasSize(1);
        assertThat(californiaNoticeDue(id)).as("moved by the 14 days once").isEqualTo(LocalDate.parse("2027-01-19"));
        assertThat(driver.findElement(By.cssSelector("td.due-after")).getText()).contains("19 Jan");
        chromium.screenshot("casework-holds");

        driver.get(base() + "/incidents/" + id + "?lang=en");
        assertThat(driver.findElement(By.cssSelector(".holds-panel")).getText())
                .contains("Held at the request of Los Angeles Police Department (reference LAPD-2026-4417)")
                .contains("recorded by officer").contains("1798.82");
    }

    /** Drops a small file on the drop zone as a browser does when a file is dragged onto it. */
    private void dropAFile(String name) {
        ((JavascriptExecutor) driver).executeScript("""
                const transfer = new DataTransfer();
                transfer.items.add(new File(['seen on the admin console'], arguments[0], {type: 'text/plain'}));
                const zone = document.getElementById('drop-zone');
                zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """, name);
    }

    private String flash() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash"))).getText();
    }

    private IncidentId reportACaliforniaBreach() {
        String awareAt = "2026-12-06T10:00-08:00";
        BreachFactsJson facts = new BreachFactsJson("Order export bucket left public", awareAt, awareAt,
                List.of(new BreachFactsJson.AffectedJson("KR", 1200L), new BreachFactsJson.AffectedJson("US-CA", 800L)),
                List.of("NAME", "EMAIL", "POSTAL_ADDRESS"), "SYSTEM_ERROR", true, false, true,
                new BreachFactsJson.OrganizationJson("KR", false, true, null, null, null, false),
                new BreachFactsJson.MilestonesJson(null, null, null, null));
        return intake.report(facts, "officer").id();
    }

    private LocalDate californiaNoticeDue(IncidentId id) {
        OffsetDateTime due = records.find(id).orElseThrow().obligations().stream()
                .filter(o -> "US-CA".equals(o.regime()) && "INDIVIDUAL_NOTICE".equals(o.kind()))
                .map(IncidentRecord.ObligationEntry::dueAt).findFirst().orElseThrow();
        return due.atZoneSameInstant(CALIFORNIA).toLocalDate();
    }

    private void logIn() {
        driver.get(base() + "/login");
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
