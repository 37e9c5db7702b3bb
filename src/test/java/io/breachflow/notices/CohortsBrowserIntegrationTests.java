package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.web.HeadlessChromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The whole case without curl (issue 16), in a real Chromium at 1,400 px: an officer uploads a 20,000-row
 * cohort with five bad rows through the cohorts page, sees the counts and each bad line with its reason,
 * then opens the case, starts a notice run from the approved letter with the cohort picked by name, and
 * lands on the runs table with a confirmation. Screenshots go to {@code target/screenshots/cohorts-*.png}.
 */
@BreachflowIntegrationTest
class CohortsBrowserIntegrationTests {

    private static final int ROWS = 20_000;
    /** Line numbers (the header is line 1) of the rows made bad, and what is wrong with each. */
    private static final List<Integer> BAD_LINES = List.of(101, 2_500, 7_777, 15_000, 19_999);

    @LocalServerPort
    int port;

    @Autowired
    NoticeDrafting drafting;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        driver = chromium.driver();
        wait = chromium.waiting(Duration.ofSeconds(90));
    }

    @Test
    void anOfficerUploadsTwentyThousandPeopleSeesTheBadLinesAndStartsTheRunFromTheApprovedLetter(@TempDir Path dir)
            throws Exception {
        String incident = reportIncident();
        LetterVersion letter = ApprovedLetters.approve(drafting, ApprovedLetters.draftKorean(drafting, incident));
        Path csv = cohortFile(dir);
        String name = "Browser wave " + UUID.randomUUID().toString().substring(0, 8);

        logIn();
        driver.get(url("/notices/cohorts?lang=en"));
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("incidentId"))).selectByValue(incident);
        driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
        chromium.screenshot("cohorts-01-upload-form");
        driver.findElement(By.id("import-button")).click();

        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.confirmation")));
        assertThat(confirmation.getText()).isEqualTo(
                "Cohort imported: 19,994 people kept, 5 rows rejected, 1 duplicate row dropped.");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(driver.findElements(By.cssSelector("table.rejects td.line")).stream().map(WebElement::getText))
                .containsExactly("101", "2500", "7777", "10001", "15000", "19999");
        assertThat(driver.findElement(By.cssSelector("table.rejects")).getText())
                .contains("jurisdiction is not a known ISO 3166 code", "language must be one of ko, en, ja",
                        "person_id is missing", "the same person_id appeared on an earlier line")
                .doesNotContain("XX");
        assertThat(driver.findElement(By.cssSelector("tr[data-channel=EMAIL] td")).getText()).isEqualTo("19,994");
        chromium.screenshot("cohorts-02-imported");

        driver.get(url("/incidents/" + incident + "#documents"));
        WebElement start = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("details.start-run[data-version-id='" + letter.id() + "'] summary")));
        start.click();
        new Select(driver.findElement(By.id("cohortId-" + letter.id()))).selectByVisibleText(name + " — 19,994 people");
        WebElement rate = driver.findElement(By.id("messagesPerSecond-" + letter.id()));
        rate.clear();
        rate.sendKeys("200");
        chromium.screenshot("cohorts-03-start-from-letter");
        driver.findElement(By.cssSelector("details.start-run[data-version-id='" + letter.id() + "'] button.start-run-button"))
                .click();

        WebElement started = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-started")));
        assertThat(started.getText()).contains("started", name, "19,994 people");
        String progress = started.findElement(By.tagName("a")).getAttribute("href");
        assertThat(progress).matches(".*#run-\\d+$");
        assertThat(driver.findElements(By.id(progress.substring(progress.indexOf('#') + 1)))).hasSize(1);
        chromium.screenshot("cohorts-04-run-started");
    }

    /** 20,000 people, one line each; five lines made bad and one person listed twice (line 10,001). */
    private static Path cohortFile(Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int line = 2; line <= ROWS + 1; line++) {
            String id = "b" + line;
            String jurisdiction = line % 3 == 0 ? "US-CA" : "KR";
            String language = "ko";
            if (line == 101 || line == 15_000) {
                jurisdiction = "XX";
            } else if (line == 2_500) {
                language = "de";
            } else if (line == 7_777 || line == 19_999) {
                id = "";
            } else if (line == 10_001) {
                id = "b42";
            }
            csv.append(id).append(",Person ").append(line).append(",p").append(line).append("@example.com,,")
                    .append(jurisdiction).append(',').append(language).append('\n');
        }
        Path file = dir.resolve("cohort-20000.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private String reportIncident() throws Exception {
        HttpResponse<String> reported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/incidents")))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(StartRunFromLetterIntegrationTests.FACTS)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(reported.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private void logIn() {
        driver.get(url("/login?lang=en"));
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/inbox"));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
