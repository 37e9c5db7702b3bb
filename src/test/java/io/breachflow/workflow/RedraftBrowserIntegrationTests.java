package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.web.HeadlessChromium;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the officer sees when a scope revision overtakes a report legal already approved: the workspace and the
 * inbox say the report was drafted for revision 1 and the facts changed in revision 2; the redraft task shows
 * the change (4,500 → 33,700,000) with the count already filled in; once it is submitted the workspace says the
 * report now reflects revision 2. The report's first draft and approval are set up through the API; everything
 * after the revision happens in Chromium.
 */
@BreachflowIntegrationTest
class RedraftBrowserIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    BreachApi api;

    @BeforeEach
    void setUp() {
        api = new BreachApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @Test
    void theWorkspaceAndInboxSayTheApprovedReportNeedsARedraftAndTheRedraftShowsWhatChanged() throws Exception {
        String id = (String) api.report().get("id");
        assertThat(api.complete(task(id, "Draft report").get("id"), BreachApi.reportForm("Insider read accounts"),
                as("officer")).getStatus()).isEqualTo(204);
        assertThat(api.complete(task(id, "Approve report").get("id"), "{\"approved\": true}", as("legal"))
                .getStatus()).isEqualTo(204);
        task(id, "Submit report");
        assertThat(api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "2025-12-02T10:00:00+09:00", "note": "Log review: 33.7 million accounts",
                 "facts": {"affected": [{"jurisdiction": "KR", "count": 33700000}, {"jurisdiction": "US-CA", "count": 501}]}}""",
                as("officer")).getStatus()).isEqualTo(202);

        WebDriver driver = chromium.driver();
        logIn(driver);
        WebElement pipc = chromium.waiting(PATIENCE).until(d -> {
            d.get(url("/incidents/" + id));
            return d.findElements(By.cssSelector("table.obligations tr")).stream()
                    .filter(row -> row.getText().contains("PIPC report"))
                    .filter(row -> !row.findElements(By.cssSelector(".revision-marker.stale")).isEmpty())
                    .findFirst().orElse(null);
        });
        assertThat(pipc.findElement(By.cssSelector(".revision-marker")).getText())
                .isEqualTo("Drafted for revision 1; facts changed in revision 2 — redraft");
        chromium.screenshot("workspace-redraft-marker");

        WebElement redraftRow = chromium.waiting(PATIENCE).until(d -> {
            d.get(url("/inbox?incident=" + id));
            return d.findElements(By.cssSelector("table.inbox tr.task")).stream()
                    .filter(row -> row.getText().contains("PIPC report") && row.getText().contains("Draft report"))
                    .filter(row -> !row.findElements(By.cssSelector(".revision-marker.stale")).isEmpty())
                    .findFirst().orElse(null);
        });
        assertThat(redraftRow.getText()).contains("facts changed in revision 2 — redraft",
                "Customer data accessed by former employee");
        chromium.screenshot("inbox-redraft-marker");

        redraftRow.findElement(By.cssSelector("td a[href^='/tasks/']")).click();
        WebElement panel = chromium.waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("redraft")));
        assertThat(panel.getText()).contains("The facts changed: redraft", "People affected in KR", "4,500",
                "33,700,000");
        assertThat(driver.findElement(By.id("affectedCount")).getAttribute("value")).contains("33,700,000");
        chromium.screenshot("redraft-task");
        driver.findElement(By.cssSelector("#draft-form button[value=submit]")).click();
        chromium.waiting(PATIENCE).until(ExpectedConditions.urlContains("/inbox"));
        assertThat(driver.findElement(By.cssSelector("body")).getText()).contains("PIPC report");

        assertThat(api.complete(task(id, "Approve report").get("id"), "{\"approved\": true}", as("legal"))
                .getStatus()).isEqualTo(204);
        chromium.waiting(PATIENCE).until(d -> {
            d.get(url("/incidents/" + id));
            return d.findElements(By.cssSelector("table.obligations tr")).stream()
                    .anyMatch(row -> row.getText().contains("PIPC report")
                            && row.getText().contains("Drafted for revision 2")
                            && row.findElements(By.cssSelector(".revision-marker.stale")).isEmpty());
        });
        driver.get(url("/incidents/" + id + "?lang=ko"));
        chromium.waiting(PATIENCE).until(d -> d.getPageSource().contains("개정 2 기준 작성"));
        chromium.screenshot("workspace-redrafted-ko");
    }

    private Map<String, Object> task(String id, String name) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(id, name, as("dpo")).stream()
                .filter(t -> "kr-pipa-report".equals(t.get("obligationKey"))).toList(), list -> !list.isEmpty()).get(0);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void logIn(WebDriver driver) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys("officer");
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form.login-form button[type=submit]")).click();
        chromium.waiting(PATIENCE).until(ExpectedConditions.urlContains("/inbox"));
    }
}
