package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import io.breachflow.BreachflowApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Stopping the application in the middle of a report loses nothing: the inbox and the process go on. */
class BreachLifecycleRestartIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path data;

    @Test
    void aReportAwaitingApprovalWhenTheAppStopsIsApprovedAndSubmittedAfterTheRestart() throws Exception {
        String id;
        long reports;
        try (ConfigurableApplicationContext app = start()) {
            BreachApi api = api(app);
            Map<String, Object> reported = api.report();
            id = (String) reported.get("id");
            reports = BreachApi.authorityReports(reported);
            Map<String, Object> draft = awaitTasks(api, id, "Draft report", reports).get(0);
            assertThat(api.complete(draft.get("id"), BreachApi.reportForm("before the restart"), as("officer"))
                    .getStatus()).isEqualTo(204);
            awaitTasks(api, id, "Approve report", 1);
        }

        try (ConfigurableApplicationContext app = start()) {
            BreachApi api = api(app);
            assertThat(api.openTasks(id, "Draft report", as("officer"))).hasSize((int) reports - 1);
            Map<String, Object> approval = awaitTasks(api, id, "Approve report", 1).get(0);

            assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus())
                    .isEqualTo(204);

            awaitTasks(api, id, "Submit report", 1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BreachflowApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("breachflow") + ";WRITE_DELAY=0",
                "--server.port=0", "--breachflow.mail.dev-smtp.port=0", "--breachflow.engine.port=0",
                "--breachflow.mail.dev-smtp.store=" + data.resolve("mailbox"), "--spring.lifecycle.timeout-per-shutdown-phase=5s");
    }

    private static BreachApi api(ConfigurableApplicationContext app) {
        return new BreachApi(MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                .apply(springSecurity()).build());
    }

    private static List<Map<String, Object>> awaitTasks(BreachApi api, String incidentId, String name, long count) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(incidentId, name, as("dpo")),
                tasks -> tasks.size() == count);
    }
}
