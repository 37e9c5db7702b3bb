package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.AccessAlarmRaised.Reason;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The gate over HTTP: past the threshold, an auditor's next register export is a 403 page and an
 * officer's evidence API read a 403 problem; the DPO sees the alarm on {@code /audit/alarms}, approves one
 * more access there, and the export goes through once. Users are made up per test (the database is shared).
 */
@BreachflowIntegrationTest
class AccessGateHttpIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccessLog accessLog;

    @Autowired
    AccessGate gate;

    @Autowired
    InMemoryUserDetailsManager users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void pastTheThresholdTheNextExportIsRefusedUntilAnotherDpoApprovesOneMoreAccess() throws Exception {
        String auditor = newUser("AUDITOR");
        accessLog.record(auditor, new PersonalDataAccess(AccessKind.REGISTER_EXPORT, "test", 200, null, "test"));

        MockHttpServletResponse refused = mvc.perform(get("/register/export.csv").with(as(auditor, "AUDITOR")))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("A second person must approve");

        String dashboard = mvc.perform(get("/audit/alarms").with(as("dpo", "DPO"))).andReturn().getResponse()
                .getContentAsString();
        long alarm = gate.recent(500).stream().filter(a -> a.actor().equals(auditor) && a.reason() == Reason.THRESHOLD)
                .findFirst().orElseThrow().id();
        assertThat(dashboard).contains("alarm-" + alarm).contains("Too many people").contains("Approve one more access");
        assertThat(mvc.perform(post("/audit/alarms/{id}/approve", alarm).with(as("dpo", "DPO")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        assertThat(mvc.perform(get("/register/export.csv").with(as(auditor, "AUDITOR"))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/register/export.csv").with(as(auditor, "AUDITOR"))).andReturn().getResponse()
                .getStatus()).as("one approval, one export").isEqualTo(403);
    }

    @Test
    void aRefusedApiReadIsAProblemNamingTheAlarm() throws Exception {
        String officer = newUser("COMPLIANCE_OFFICER");
        accessLog.record(officer, new PersonalDataAccess(AccessKind.EVIDENCE, "test", 1_000, null, "test"));

        MockHttpServletResponse refused = mvc.perform(get("/api/incidents/{id}/evidence", UUID.randomUUID())
                .with(as(officer, "COMPLIANCE_OFFICER"))).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"alarmId\":").contains("\"kind\":\"EVIDENCE\"");
    }

    @Test
    void onlyTheDpoAuditorsAndAdminsSeeTheAlarmsAndOnlyTheDpoReviewsThem() throws Exception {
        assertThat(status(get("/audit/alarms").with(as("officer", "COMPLIANCE_OFFICER")))).isEqualTo(403);
        assertThat(status(get("/audit/alarms").with(as("auditor", "AUDITOR")))).isEqualTo(200);
        assertThat(status(post("/audit/alarms/1/clear").with(as("auditor", "AUDITOR")).with(csrf()))).isEqualTo(403);
    }

    @Test
    void theDevMailServerDoesNotLogRecipientAddresses() {
        assertThat(LoggerFactory.getLogger("com.icegreen.greenmail.user.UserManager").isInfoEnabled()).isFalse();
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String newUser(String role) {
        String name = role.toLowerCase() + "-" + UUID.randomUUID();
        users.createUser(User.withUsername(name).password("{noop}unused").roles(role).build());
        return name;
    }

    private static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }
}
