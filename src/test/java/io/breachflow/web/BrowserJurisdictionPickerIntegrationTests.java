package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer reports an incident through the jurisdiction picker in a real headless Chromium, on the Korean page:
 * finds California by its English name and Korea by its Korean one, enters the counts as people write them
 * ("4,500"), and the incident's obligations under California's and Korea's law appear in the workspace. The
 * form still posts the one "affected" field the server has always read.
 */
@BreachflowIntegrationTest
class BrowserJurisdictionPickerIntegrationTests {

    @LocalServerPort
    int port;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = chromium.waiting(Duration.ofSeconds(60));
    }

    @Test
    void anOfficerAddsCaliforniaAndKoreaByNameAndTheirObligationsAppear() throws Exception {
        try {
            logIn();
            driver.get(url("/incidents/new?lang=ko"));
            WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("affected-search")));
            driver.findElement(By.id("title")).sendKeys("Picker: California and Korea");

            search.sendKeys("Calif");
            WebElement california = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".picker-option[data-code='US-CA']")));
            assertThat(california.getText()).contains("캘리포니아 (US-CA)", "규정: US-CA");
            assertThat(driver.findElements(By.cssSelector(".picker-option")).stream().filter(WebElement::isDisplayed))
                    .hasSize(1);
            california.click();
            driver.switchTo().activeElement().sendKeys("200");

            search.clear();
            search.sendKeys("대한");
            wait.until(ExpectedConditions.attributeContains(By.cssSelector(".picker-option[data-code='KR']"), "class",
                    "is-default"));
            search.sendKeys(Keys.ENTER);
            WebElement korea = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".picker-chosen tr[data-code='KR'] .picker-count")));
            korea.sendKeys("4,500");

            assertThat(driver.findElement(By.cssSelector(".picker-chosen tbody")).getText())
                    .contains("캘리포니아 (US-CA)", "대한민국 (KR)");
            assertThat(driver.findElement(By.id("affected")).getAttribute("value")).isEqualTo("US-CA=200\nKR=4500");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "US-CA"));
            chromium.screenshot("picker-report-ko");

            driver.findElement(By.id("report-submit")).click();
            wait.until(ExpectedConditions.urlMatches("/incidents/[0-9a-f-]{36}$"));
            String obligations = driver.findElement(By.id("obligations")).getText();
            assertThat(obligations).contains("KR-PIPA", "US-CA");
            chromium.screenshot("picker-reported-ko");
        } catch (AssertionError | RuntimeException e) {
            chromium.screenshot("failed-picker");
            Files.writeString(HeadlessChromium.SCREENSHOTS.resolve("failed-picker.html"), driver.getPageSource());
            throw e;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn() {
        driver.get(url("/login?lang=en"));
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
    }
}
