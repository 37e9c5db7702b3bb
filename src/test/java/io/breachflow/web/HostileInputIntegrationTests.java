package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.BreachflowIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Generated hostile requests against every POST endpoint of the API (issue 14): each request breaks one
 * rule (a wrong type, a date in the year +999,999,999, a duplicate key, a broken body, a wildcard
 * Content-Type, a path in a file name, a CSV wider than 16,384 columns…), so each must be refused with a 4xx
 * {@code application/problem+json} naming a field, and none may store anything. Seeded, so a failure
 * repeats; the real-HTTP classes (encoded paths, slow bodies) are in {@code HostileHttpIntegrationTests}.
 */
@BreachflowIntegrationTest
class HostileInputIntegrationTests {

    private static final int REQUESTS = 10_500;
    /** Tables only requests write (police_referral is left out: the breach process may refer on its own). */
    private static final List<String> WRITTEN_BY_REQUESTS = List.of("incident", "incident_revision",
            "regulator_question", "law_enforcement_hold", "security_signal", "notice_cohort",
            "notice_run", "evidence_item", "human_task_draft", "notice_renotice");
    private static final RequestPostProcessor EVERY_ROLE = request -> csrf().postProcessRequest(user("fuzzer")
            .roles("COMPLIANCE_OFFICER", "LEGAL", "DPO", "AUDITOR").postProcessRequest(request));

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    String incidentId;
    final Random random = new Random(14);

    @BeforeEach
    void reportOneIncident() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpServletResponse reported = mvc.perform(post("/api/incidents").with(EVERY_ROLE)
                .contentType("application/json").content(HostileBodies.FACTS)).andReturn().getResponse();
        assertThat(reported.getStatus()).as(reported.getContentAsString()).isEqualTo(201);
        incidentId = json.readTree(reported.getContentAsString()).path("id").asText();
    }

    @Test
    void tenThousandHostileRequestsAreEachRefusedAsProblemJsonNamingAFieldAndStoreNothing() throws Exception {
        Map<String, Long> before = counts();
        Map<String, List<String>> failures = new TreeMap<>();
        List<Supplier<Hostile>> generators = generators();
        for (int i = 0; i < REQUESTS; i++) {
            Hostile request = generators.get(i % generators.size()).get();
            MockHttpServletResponse answer = mvc.perform(request.builder().with(EVERY_ROLE)).andReturn().getResponse();
            String wrong = HostileBodies.verdict(answer, json);
            if (wrong != null) {
                failures.computeIfAbsent(request.kind() + " " + wrong, k -> new ArrayList<>()).add(request.target());
            }
        }
        assertThat(summary(failures)).as("hostile requests not refused properly").isEmpty();
        assertThat(counts()).as("rows written by refused requests").isEqualTo(before);
    }

    private List<Supplier<Hostile>> generators() {
        List<Supplier<Hostile>> all = new ArrayList<>();
        for (HostileBodies.Target target : HostileBodies.targets()) {
            all.add(() -> jsonRequest(target, "leaf", HostileBodies.mutateLeaf(base(target), random)));
            all.add(() -> jsonRequest(target, "structure", HostileBodies.mutateStructure(base(target), target, random)));
            all.add(() -> textRequest(target, "text", HostileBodies.breakText(text(base(target)), random), "application/json"));
            all.add(() -> textRequest(target, "content-type", text(base(target)).getBytes(StandardCharsets.UTF_8),
                    HostileBodies.CONTENT_TYPES.get(random.nextInt(HostileBodies.CONTENT_TYPES.size()))));
        }
        all.add(this::evidenceUpload);
        all.add(this::cohortUpload);
        all.add(this::bodilessAction);
        return all;
    }

    private ObjectNode base(HostileBodies.Target target) {
        try {
            return (ObjectNode) json.readTree(target.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String path(HostileBodies.Target target) {
        return target.path().replace("{id}", random.nextInt(10) == 0 ? UUID.randomUUID().toString() : incidentId)
                .replace("{n}", Long.toString(9_000_000_000L + random.nextInt(1000)));
    }

    private Hostile jsonRequest(HostileBodies.Target target, String kind, HostileBodies.Mutated mutated) {
        String path = path(target);
        return new Hostile(kind + ":" + mutated.what(), target.path(),
                post(path).contentType("application/json").content(mutated.bytes(json)));
    }

    private Hostile textRequest(HostileBodies.Target target, String kind, byte[] body, String contentType) {
        MockHttpServletRequestBuilder request = post(path(target)).content(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return new Hostile(kind + ":" + contentType, target.path(), request);
    }

    private Hostile evidenceUpload() {
        String[] names = {"a\u0000b.log", "\u202Egol.exe", "../../etc/passwd", "dir/x.log", "..", "x\\y.log",
                "a\u2066b.txt", "", "x".repeat(300)};
        String name = names[random.nextInt(names.length)];
        boolean missingPart = random.nextInt(12) == 0;
        var request = multipart("/api/incidents/{id}/evidence", incidentId);
        if (!missingPart) {
            request.file(new MockMultipartFile("file", name, "text/plain", "log".getBytes(StandardCharsets.UTF_8)));
        }
        return new Hostile("evidence:" + (missingPart ? "no file" : "name"), "/api/incidents/{id}/evidence",
                request.param("description", "Access log"));
    }

    private Hostile cohortUpload() {
        String header = "person_id,name,email,phone,jurisdiction,language\n";
        String[] files = {
            header + ",".repeat(16_384 + random.nextInt(100)) + "\n",
            "id,mail\n1,a@b.c\n",
            "",
            "\uFEFF\uFEFFperson_id\n",
            header.replace("email", "=cmd|' /C calc'!A0")};
        String file = files[random.nextInt(files.length)];
        String name = random.nextInt(4) == 0 ? "c\u0000.csv" : "cohort.csv";
        return new Hostile("cohort", "/api/cohorts", multipart("/api/cohorts")
                .file(new MockMultipartFile("file", name, "text/csv", file.getBytes(StandardCharsets.UTF_8))));
    }

    private Hostile bodilessAction() {
        String[] paths = {"/api/tasks/%s/claim", "/api/tasks/%s/unclaim", "/api/tasks/%s/complete",
            "/api/notice-runs/%s/pause", "/api/notice-runs/%s/resume", "/api/notice-runs/%s/cancel",
            "/api/incidents/%s/evidence/packages", "/api/incidents/%s/police-referral"};
        String[] ids = {"1.5", "-1", "99999999999999999999", "abc", "0x10", Long.toString(9_100_000_000L + random.nextInt(99)),
            UUID.randomUUID().toString(), "1e3"};
        String path = paths[random.nextInt(paths.length)];
        return new Hostile("path-id", path, post(String.format(path, ids[random.nextInt(ids.length)])));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        WRITTEN_BY_REQUESTS.forEach(table -> counts.put(table,
                jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class)));
        return counts;
    }

    private static List<String> summary(Map<String, List<String>> failures) {
        List<String> lines = new ArrayList<>();
        failures.forEach((what, where) -> lines.add(where.size() + " × " + what + " at " + where.stream().distinct().toList()));
        return lines;
    }

    /** One generated request: which rule it breaks, the endpoint pattern, and the request itself. */
    record Hostile(String kind, String target, MockHttpServletRequestBuilder builder) {
    }
}
