package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.tasklist.HumanTasks;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import io.breachflow.web.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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

/**
 * A real headless Chromium opens the workspace of a freshly reported incident and the bundled bpmn-js
 * viewer draws the case's processes as the engine reports them, the report being drafted highlighted as
 * active. Screenshots of failures go to {@code target/screenshots/}.
 */
@BreachflowIntegrationTest
class CaseDiagramBrowserIntegrationTests {


    @LocalServerPort
    int port;


    @Autowired
    IncidentIntake intake;

    @Autowired
    HumanTasks tasks;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1280, 900);

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
    }

    @Test
    void theDiagramRendersAndHighlightsTheActiveTask(TestInfo test) throws Throwable {
        IncidentId id = intake.report(CaseFixtures.facts(501), "officer").id();
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.openForIncident(id.toString()).stream()
                .anyMatch(task -> "Task_DraftReport".equals(task.elementId())));
        try {
            logIn();
            driver.get("http://localhost:" + port + "/incidents/" + id);
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            wait.until(ExpectedConditions.attributeToBe(By.id("case-diagrams"), "data-state", "rendered"));
            wait.until(ExpectedConditions.attributeToBe(By.id("case-timeline"), "data-state", "loaded"));
            assertThat(driver.findElement(By.cssSelector("#case-timeline ol.timeline")).getText())
                    .contains("Reported");

            // the lifecycle's call activity "Report to authority" is active; in each report's own diagram the
            // work sub-process (collapsed: its draft task is inside) is active and the summary names the task
            WebElement lifecycle = driver.findElement(By.cssSelector("figure[data-process-id='Process_BreachLifecycle']"));
            assertThat(lifecycle.findElement(By.cssSelector("g.djs-element[data-element-id='CallActivity_AuthorityReport']"))
                    .getDomAttribute("class")).contains("bf-active");
            List<WebElement> reports = driver.findElements(By.cssSelector("figure[data-process-id='Process_AuthorityReport']"));
            assertThat(reports).isNotEmpty().anySatisfy(report -> {
                WebElement work = report.findElement(By.cssSelector("g.djs-element[data-element-id='SubProcess_ReportWork']"));
                assertThat(work.getDomAttribute("class")).contains("bf-active");
                assertThat(work.isDisplayed()).isTrue();
                assertThat(report.findElement(By.cssSelector("g.djs-element[data-element-id='StartEvent_AuthorityReport']"))
                        .getDomAttribute("class")).contains("bf-completed");
                assertThat(report.findElement(By.cssSelector(".diagram-state")).getText())
                        .startsWith("Active now:").contains("Draft report");
            });
            assertThat(driver.findElement(By.cssSelector("figure[data-process-id='Process_BreachLifecycle']"))
                    .getDomAttribute("data-state")).isEqualTo("rendered");
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
