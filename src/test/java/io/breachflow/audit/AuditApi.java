package io.breachflow.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The REST API as these tests use it: demo accounts over HTTP Basic, JSON in and out. */
final class AuditApi {

    private final MockMvc mvc;
    private final ObjectMapper mapper = new ObjectMapper();

    AuditApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    static RequestPostProcessor as(String username) {
        return httpBasic(username, "demo");
    }

    MockHttpServletResponse post(String path, String json, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
    }

    MockHttpServletResponse get(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(who))
                .andReturn().getResponse();
    }

    Map<String, Object> json(MockHttpServletResponse response) throws Exception {
        return mapper.readValue(response.getContentAsString(), new TypeReference<>() { });
    }

    /** The audit entries of one incident, newest first, as the DPO reads them. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries(String incidentId) throws Exception {
        return (List<Map<String, Object>>) json(get("/api/audit?size=500&incidentId=" + incidentId, as("dpo")))
                .get("entries");
    }

    /** Open tasks of one incident, as the officer lists them. */
    List<Map<String, Object>> openTasks(String incidentId) throws Exception {
        String body = mvc.perform(MockMvcRequestBuilders.get("/api/tasks").with(as("officer"))).andReturn()
                .getResponse().getContentAsString();
        List<Map<String, Object>> tasks = mapper.readValue(body, new TypeReference<>() { });
        return tasks.stream().filter(task -> incidentId.equals(task.get("incidentId"))).toList();
    }
}
