package io.breachflow.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = ApiProblemAdviceControllerTests.EchoApi.class)
@Import({SecurityConfiguration.class, UserAccountsConfiguration.class, ProblemJsonSecurityResponses.class,
        ApiProblemAdviceControllerTests.EchoApi.class})
class ApiProblemAdviceControllerTests {

    @Autowired
    MockMvc mvc;

    record Echo(@NotBlank String name, @Min(1) int count) {
    }

    @RestController
    static class EchoApi {

        @PostMapping("/api/test/echo")
        Echo echo(@Valid @RequestBody Echo echo) {
            return echo;
        }

        @GetMapping("/api/test/fail")
        Echo fail() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @Test
    void validationFailuresListEveryInvalidField() throws Exception {
        mvc.perform(post("/api/test/echo").with(httpBasic("officer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\", \"count\": 0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "count")));
    }

    @Test
    void unknownJsonFieldsAreRejectedWithBadRequest() throws Exception {
        mvc.perform(post("/api/test/echo").with(httpBasic("officer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\", \"count\": 1, \"extra\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("extra"));
    }

    @Test
    void basicAuthenticatedPostsNeedNoCsrfToken() throws Exception {
        mvc.perform(post("/api/test/echo").with(httpBasic("legal", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\", \"count\": 1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("a"));
    }

    @Test
    void unexpectedFailuresHideTheirDetails() throws Exception {
        mvc.perform(get("/api/test/fail").with(httpBasic("officer", "demo")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The server could not complete the request."));
    }

    @Test
    void missingCredentialsAnswer401ProblemJson() throws Exception {
        mvc.perform(post("/api/test/echo").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }
}
