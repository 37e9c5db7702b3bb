package io.breachflow.drill;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.web.HeadlessChromium;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A drill in a real browser: the administrator starts the Korean retail scenario, moves the clock a day on, sees
 * DRILL on every page and the MSIT report overdue in the case, ends the drill and opens its report.
 * Screenshots go to {@code target/screenshots/}.
 */
@DrillIntegrationTest
class BrowserDrillIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    Drills drills;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = chromium.waiting(PATIENCE);
    }

    @AfterEach
    void endTheDrill() {
        drills.current().ifPresent(run -> drills.end("admin", Locale.ENGLISH));
    }

    @Test
    void anAdministratorRunsTheKoreanScenarioADayOnSeesTheOverdueReportAndOpensTheDrillReport() {
        driver.get(url("/login?lang=en"));
        driver.findElement(By.id("username")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
        assertThat(driver.findElement(By.cssSelector(".drill-banner")).getText()).contains("DRILL");

        driver.get(url("/drill"));
        driver.findElement(By.id("scenario-kr-retail")).click();
        chromium.screenshot("drill-start");
        driver.findElement(By.cssSelector("form[action$='/drill/start'] button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")));
        assertThat(driver.findElement(By.cssSelector("p.flash")).getText()).startsWith("The drill has started");
        driver.findElement(By.cssSelector("button[name=step][value=day]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"),
                "The clock moved forward one day."));
        chromium.screenshot("drill-running");

        driver.findElement(By.cssSelector(".drill-running a[href*='/incidents/']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".countdown.overdue")));
        assertThat(driver.findElement(By.cssSelector(".drill-banner")).getText())
                .contains("DRILL", "Korean online retailer", "Clock stopped");
        assertThat(driver.findElement(By.cssSelector(".countdown.overdue")).getText()).endsWith("overdue");
        chromium.screenshot("drill-case-overdue");

        driver.get(url("/drill"));
        driver.findElement(By.cssSelector("form[action$='/drill/end'] button")).click();
        wait.until(ExpectedConditions.urlMatches(".*/drill/runs/\\d+/report$"));
        assertThat(driver.findElement(By.cssSelector("p.flash")).getText()).startsWith("The drill has ended.");
        driver.switchTo().frame(driver.findElement(By.cssSelector("iframe.drill-report-frame")));
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("Drill report: Korean online retailer", "MSIT report", "Missed", "late");
        driver.switchTo().defaultContent();
        chromium.screenshot("drill-report");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
