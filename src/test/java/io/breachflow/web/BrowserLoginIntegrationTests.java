package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.breachflow.BreachflowIntegrationTest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real headless Chromium logs in through the form and switches the UI to Korean. */
@BreachflowIntegrationTest
class BrowserLoginIntegrationTests {


    @LocalServerPort
    int port;


    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium(1280, 900);

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
    }

    @Test
    void officerLogsInThroughTheFormSeesTheInboxAndSwitchesToKorean() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Inbox"));
        assertThat(driver.getCurrentUrl()).endsWith("/inbox");
        assertThat(driver.findElement(By.cssSelector(".user")).getText()).isEqualTo("officer");

        driver.findElement(By.cssSelector(".lang-switch a[lang=ko]")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "받은 작업함"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");

        driver.findElement(By.linkText("사고")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "사고"));
        // other tests sharing this context may have reported incidents: the list or its empty message
        assertThat(driver.findElements(By.cssSelector("p.empty, table.incidents"))).isNotEmpty();
    }
}
