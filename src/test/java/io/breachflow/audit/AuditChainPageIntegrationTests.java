package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.breachflow.BreachflowIntegrationTest;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The auditors' page: who may open it and press verify, and that verifying an intact, grown chain writes
 * a signed checkpoint to the file outside the database, which the page then lists.
 */
@BreachflowIntegrationTest
class AuditChainPageIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditCheckpoints checkpoints;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void auditorsDpoAndAdminsOpenThePageAndOnlyAuditorsAndAdminsVerify() throws Exception {
        assertThat(status(get("/audit"), as("auditor", "AUDITOR"))).isEqualTo(200);
        assertThat(status(get("/audit"), as("admin", "ADMIN"))).isEqualTo(200);
        String dpoPage = mvc.perform(get("/audit").with(as("dpo", "DPO"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(dpoPage).contains("Audit trail").doesNotContain("id=\"audit-verify\"");
        assertThat(status(get("/audit"), as("officer", "COMPLIANCE_OFFICER"))).isEqualTo(403);
        assertThat(status(get("/audit"), as("legal", "LEGAL"))).isEqualTo(403);
        assertThat(status(post("/audit/verify").with(csrf()), as("dpo", "DPO"))).isEqualTo(403);
    }

    @Test
    void verifyingAGrownIntactChainWritesASignedCheckpointThePageLists() throws Exception {
        AuditEntry last = trail.append("auditor", "TEST_PAGE", null, "n=1");

        String location = mvc.perform(post("/audit/verify").with(csrf()).with(as("auditor", "AUDITOR")))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).isEqualTo("/audit");
        assertThat(checkpoints.authentic()).last().satisfies(checkpoint -> {
            assertThat(checkpoint.sequence()).isGreaterThanOrEqualTo(last.sequence());
            assertThat(checkpoint.signature()).hasSize(64);
        });
        assertThat(Files.readAllLines(checkpoints.file())).last().asString().contains("\"signature\"");
        String page = mvc.perform(get("/audit?lang=en").with(as("auditor", "AUDITOR"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Latest checkpoints", "Valid", "Intact:");
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor as(String name, String role) {
        return user(name).roles(role);
    }
}
