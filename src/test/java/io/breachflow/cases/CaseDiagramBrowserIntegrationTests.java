package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.workflow.CaseDiagram;
import io.breachflow.workflow.CaseHistory;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A real headless Chromium opens the workspace and the bundled bpmn-js viewer draws the case's
 * authority-report process (deployed without diagram interchange, so laid out in the browser) with the
 * active task highlighted. The engine's view of the case is faked: the case's history is not what is
 * under test here. Screenshots of failures go to {@code target/screenshots/}.
 */
@BreachflowIntegrationTest
class CaseDiagramBrowserIntegrationTests {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    int port;

    @TempDir
    Path userDataDir;

    @MockitoBean
    CaseHistory history;

    @Autowired
    IncidentIntake intake;

    private ChromeDriverService service;
    private WebDriver driver;

    @BeforeEach
    void startBrowser() throws Exception {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Expected Debian's chromium and chromium-driver in CI, but one is missing");
            }
            Assumptions.abort("chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File(userDataDir.toFile(), "chromedriver.log")).build();
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
    void theDiagramRendersAndHighlightsTheActiveTask(TestInfo test) throws Throwable {
        IncidentId id = intake.report(CaseFixtures.facts(501), "officer").id();
        given(history.diagrams(any())).willReturn(List.of(new CaseDiagram(2251799813685249L,
                "Process_AuthorityReport", Files.readString(Path.of("bpmn/authority-report.bpmn")),
                Set.of("StartEvent_AuthorityReport", "Flow_ToReportWork", "StartEvent_ReportWork"),
                Set.of("SubProcess_ReportWork", "Task_DraftReport"), Set.of())));
        try {
            logIn();
            driver.get("http://localhost:" + port + "/incidents/" + id);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.attributeToBe(By.id("case-diagrams"), "data-state", "rendered"));

            WebElement active = driver.findElement(By.cssSelector("g.djs-element[data-element-id='Task_DraftReport']"));
            assertThat(active.getDomAttribute("class")).contains("bf-active");
            assertThat(active.isDisplayed()).isTrue();
            assertThat(driver.findElement(By.cssSelector("g.djs-element[data-element-id='StartEvent_AuthorityReport']"))
                    .getDomAttribute("class")).contains("bf-completed");
            assertThat(driver.findElements(By.cssSelector("g.djs-element[data-element-id='Task_ApproveReport']")))
                    .singleElement().satisfies(e -> assertThat(e.getDomAttribute("class")).doesNotContain("bf-"));
            assertThat(driver.findElement(By.cssSelector(".diagram-state")).getText())
                    .isEqualTo("Active now: Draft, approve and submit, Draft report");
            screenshot(test, "rendered", Boolean.getBoolean("breachflow.screenshots"));
        } catch (Throwable failure) {
            screenshot(test, "failed", true);
            throw failure;
        }
    }

    private void logIn() {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/inbox"));
    }

    private void screenshot(TestInfo test, String suffix, boolean wanted) throws Exception {
        if (!wanted || !(driver instanceof TakesScreenshot camera)) {
            return;
        }
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var d = document.getElementById('diagram'); if (d) { d.scrollIntoView(); }");
        Path target = Files.createDirectories(Path.of("target", "screenshots"))
                .resolve(test.getTestMethod().orElseThrow().getName() + "-" + suffix + ".png");
        Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
