package io.breachflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.web.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The SEC filing of an incident whose materiality was determined in a year no holiday calendar covers has no
 * deadline; in a real Chromium, on the Korean page, the officer follows "record the deadline you counted" from the
 * workspace, picks the date and New York's time zone, says how they counted, and the workspace shows the deadline
 * with "counted by hand" — no ISO-8601 typed anywhere.
 */
@BreachflowIntegrationTest
@Import(CalendarGapIntegrationTests.Calendars.class)
class BrowserCountedDeadlineIntegrationTests {

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
    void anOfficerRecordsTheSecDeadlineTheyCountedByHand() throws Exception {
        String id = report();
        try {
            logIn();
            driver.get(url("/incidents/" + id + "?lang=ko"));
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.count-by-hand"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counted-form")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("직접 계산한 기한 기록");
            assertThat(driver.findElement(By.cssSelector(".deadline-gap")).getText()).contains("2028");

            chromium.pickDateTime("dueAt", java.time.LocalDateTime.parse("2028-03-07T17:30"), "America/New_York");
            driver.findElement(By.id("note")).sendKeys("2028-03-01부터 영업일 4일, OPM 2028년 연방 공휴일");
            chromium.screenshot("counted-deadline-form-ko");
            driver.findElement(By.id("counted-submit")).click();

            wait.until(ExpectedConditions.urlContains("/incidents/" + id));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.flash")));
            assertThat(driver.findElement(By.cssSelector(".notice.flash")).getText())
                    .contains("직접 계산한 기한을 기록했습니다");
            assertThat(driver.findElement(By.id("obligations")).getText()).contains("officer이(가) 직접 계산함")
                    .contains("3월 7일");
            assertThat(driver.findElements(By.cssSelector("a.count-by-hand"))).isEmpty();
            chromium.screenshot("counted-deadline-recorded-ko");
        } catch (AssertionError | RuntimeException e) {
            chromium.screenshot("failed-counted-deadline");
            Files.writeString(HeadlessChromium.SCREENSHOTS.resolve("failed-counted-deadline.html"),
                    driver.getPageSource());
            throw e;
        }
    }

    private String report() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("/api/incidents"))).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(CalendarGapIntegrationTests.FACTS)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\".*", "$1");
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
