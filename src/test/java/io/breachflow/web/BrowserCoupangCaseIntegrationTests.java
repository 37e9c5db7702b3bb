package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.breachflow.BreachflowIntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInfo;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Coupang case in a real headless Chromium, with no API call: the officer reports 4,500 affected accounts,
 * drafts the PIPC report mostly by accepting what the case pre-filled, sees a draft that lacks an item refused on
 * the same page with the text kept, and sends it; the drafter cannot approve it, legal does; the officer revises
 * the scope to 33.7 million (and residents of Germany and California), and the workspace marks the obligations
 * the revision added; the notice is drafted in Korean and English separately; the DPO reads the case in Korean.
 * Every step leaves a 1,400 px screenshot in {@code target/screenshots/}.
 */
@BreachflowIntegrationTest
class BrowserCoupangCaseIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;


    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1400, 1000);

    private WebDriver driver;
    private WebDriverWait wait;
    private int step;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(500));
    }

    @Test
    void theCoupangCaseIsWorkedByOfficerLegalAndDpoWithoutTheApi(TestInfo test) throws Exception {
        try {
            logIn("officer");
            String incident = reportIncident();

            // the PIPC report opens with what the case knows
            openTask(incident, "Draft report", "PIPC report");
            assertThat(value("dataCategories")).contains("이름", "이메일 주소", "주문 내역");
            assertThat(value("affectedCount")).isEqualTo("4,500명");
            assertThat(value("organisation")).isEqualTo("예시커머스 주식회사");
            shot("pipc-report-prefilled");

            // a draft lacking the measures is refused on the same page, the text typed kept
            driver.findElement(By.id("whatHappened")).sendKeys(" 퇴사자의 접근 키가 폐기되지 않았습니다.");
            submitSheet();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
            assertThat(driver.findElement(By.id("error-summary")).getText())
                    .contains("1 item the law requires is missing", "What have you done, and what will you do?",
                            "PIPA Art. 34(1) item 4");
            assertThat(value("whatHappened")).endsWith("퇴사자의 접근 키가 폐기되지 않았습니다.");
            shot("pipc-report-refused");

            driver.findElement(By.id("measuresTaken")).sendKeys("퇴사자의 접근 키를 폐기하고 경찰에 수사를 의뢰했습니다.");
            submitSheet();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"),
                    "Draft of PIPC report — PIPA Art. 34 sent to legal for approval."));
            shot("pipc-report-sent");

            // four eyes: legal approves the exact text
            logOut();
            logIn("legal");
            String approval = awaitTaskLink(incident, "Approve report", "PIPC report");
            logOut();
            logIn("officer");
            driver.get(approval);
            assertThat(driver.findElement(By.tagName("h1")).getText()).as("the drafter cannot approve")
                    .isEqualTo("Access denied");
            logOut();
            logIn("legal");
            driver.get(approval);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "퇴사자의 접근 키를 폐기하고"));
            wait.until(d -> {
                WebElement yes = d.findElement(By.id("approved-yes"));
                if (!yes.isSelected()) {
                    yes.click();
                }
                return yes.isSelected();
            });
            shot("pipc-report-approval");
            driver.findElement(By.cssSelector("button[name=action][value=submit]")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.flash")));

            // the scope grows to 33.7 million, with residents of Germany and California
            logOut();
            logIn("officer");
            driver.get(url("/incidents/" + incident + "/revise"));
            WebElement affected = driver.findElement(By.id("affected"));
            affected.clear();
            affected.sendKeys("KR=33700000\nDE=1200\nUS-CA=800");
            driver.findElement(By.id("note")).sendKeys("Forensics found 33.7 million accounts read over five months");
            shot("revision-form");
            driver.findElement(By.cssSelector("form.what-if button[type=submit]")).click();
            wait.until(ExpectedConditions.urlMatches("/incidents/[0-9a-f-]{36}$"));
            wait.until(d -> {
                d.navigate().refresh();
                return d.findElement(By.tagName("main")).getText().contains("new in revision 2");
            });
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Supervisory authority report (DE) — GDPR Art. 33", "Attorney General report (US-CA)");
            shot("workspace-after-revision");

            // the letter: one text per language
            openTask(incident, "Draft notice", "Notice to affected people — PIPA");
            assertThat(value("whatHappened_en")).doesNotContainPattern("\\p{IsHangul}");
            assertThat(value("whatHappened_ko")).containsPattern("\\p{IsHangul}");
            driver.findElement(By.id("measuresTaken_ko")).sendKeys("접근 키를 폐기했습니다.");
            driver.findElement(By.id("measuresTaken_en")).sendKeys("We revoked the access key.");
            driver.findElement(By.id("legalRights_ko")).sendKeys("손해배상을 청구하거나 분쟁조정을 신청할 수 있습니다.");
            driver.findElement(By.id("legalRights_en")).sendKeys("You may claim damages or apply for dispute mediation.");
            driver.findElement(By.cssSelector("button[hx-post$='/preview']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#preview iframe")));
            shot("notice-preview");
            submitSheet();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.flash"),
                    "sent to legal for approval"));

            // the DPO reads the case in Korean
            logOut();
            logIn("dpo");
            driver.get(url("/incidents/" + incident + "?lang=ko"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "개인정보보호위원회(PIPC) 신고"));
            shot("workspace-dpo-ko");
        } catch (AssertionError | RuntimeException e) {
            shot("failed-" + test.getTestMethod().orElseThrow().getName());
            Files.writeString(HeadlessChromium.SCREENSHOTS.resolve("failed.html"), driver.getPageSource());
            throw e;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String value(String field) {
        return driver.findElement(By.id(field)).getAttribute("value").strip();
    }

    private void submitSheet() {
        driver.findElement(By.cssSelector("#draft-form button[name=action][value=submit]")).click();
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

    /** Fills the report form as an officer would, waits for the live preview, submits; returns the incident id. */
    private String reportIncident() throws Exception {
        driver.get(url("/incidents/new"));
        driver.findElement(By.id("title")).sendKeys("Coupang-like customer data read by a former employee");
        driver.findElement(By.id("affected")).sendKeys("KR=4500");
        for (String category : List.of("NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY")) {
            driver.findElement(By.cssSelector("input[name=dataCategories][value=" + category + "]")).click();
        }
        driver.findElement(By.id("homeCountry")).sendKeys("KR");
        new Select(driver.findElement(By.id("cause"))).selectByValue("INSIDER");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "PIPC"));
        shot("report-incident");
        driver.findElement(By.id("report-submit")).click();
        wait.until(ExpectedConditions.urlMatches("/incidents/[0-9a-f-]{36}$"));
        String address = driver.getCurrentUrl();
        return address.substring(address.lastIndexOf('/') + 1);
    }

    private void openTask(String incident, String name, String obligation) {
        driver.get(awaitTaskLink(incident, name, obligation));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-form")));
    }

    /** The inbox link of the incident's task {@code name} about {@code obligation}, once the process opened it. */
    private String awaitTaskLink(String incident, String name, String obligation) {
        return wait.until(browser -> {
            browser.get(url("/inbox?incident=" + incident));
            for (WebElement row : browser.findElements(By.cssSelector("table tr"))) {
                List<WebElement> links = row.findElements(By.linkText(name));
                if (!links.isEmpty() && row.getText().contains(obligation)) {
                    return links.get(0).getAttribute("href");
                }
            }
            return null;
        });
    }

    /** A full-page screenshot at 1,400 px, numbered in the order of the story. */
    private void shot(String name) {
        chromium.screenshot("coupang-%02d-%s".formatted(++step, name));
    }
}
