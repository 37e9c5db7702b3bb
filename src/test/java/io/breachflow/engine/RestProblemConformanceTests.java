package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the REST door answers to wrong requests, on the wire: 8.8's problem JSON with the status it uses. */
class RestProblemConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void deploy() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Job").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType("work")).endEvent().done());
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + engine.restPort() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void isProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status).contains("\"title\":\"" + title + "\"");
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = send("POST", "/v2/jobs/activation",
                "{\"type\":\"work\",\"timeout\":\"soon\",\"maxJobsToActivate\":1}");

        isProblem(response, 400, "INVALID_ARGUMENT");
        assertThat(response.body()).contains("'timeout'");
    }

    @Test
    void aMissingRequiredFieldIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> response = send("POST", "/v2/messages/publication", "{\"correlationKey\":\"A-1\"}");

        isProblem(response, 400, "INVALID_ARGUMENT");
        assertThat(response.body()).contains("No name provided.");
    }

    @Test
    void bodyThatIsNoJsonObjectIsABadRequest() throws Exception {
        isProblem(send("POST", "/v2/process-instances", "[1,2]"), 400, "INVALID_ARGUMENT");
        isProblem(send("POST", "/v2/process-instances", "{\"processDefinitionId\":"), 400, "INVALID_ARGUMENT");
    }

    @Test
    void variablesThatAreNoObjectAreABadRequestNamingThem() throws Exception {
        HttpResponse<String> response = send("POST", "/v2/process-instances",
                "{\"processDefinitionId\":\"Process_Job\",\"variables\":[1]}");

        isProblem(response, 400, "INVALID_ARGUMENT");
        assertThat(response.body()).contains("'variables'");
    }

    @Test
    void anUnknownJobIsNotFound() throws Exception {
        isProblem(send("POST", "/v2/jobs/2251799813685249/completion", "{}"), 404, "NOT_FOUND");
        isProblem(send("POST", "/v2/jobs/not-a-key/completion", "{}"), 400, "INVALID_ARGUMENT");
    }

    @Test
    void completingACompletedJobIsNotFoundAsIn88() throws Exception {
        engine.startInstance("Process_Job");
        ActivatedJob job = engine.completeJob("work");

        isProblem(send("POST", "/v2/jobs/" + job.getKey() + "/completion", "{}"), 404, "NOT_FOUND");
    }

    @Test
    void completingAJobWhoseRetriesAreUsedUpIsAConflict() throws Exception {
        engine.startInstance("Process_Job");
        ActivatedJob job = engine.awaitJob("work");
        engine.client().newFailCommand(job.getKey()).retries(0).send().join();

        HttpResponse<String> response = send("POST", "/v2/jobs/" + job.getKey() + "/completion", "{}");

        isProblem(response, 409, "INVALID_STATE");
    }

    @Test
    void aCommandWithTheWrongMethodIsNotAllowed() throws Exception {
        isProblem(send("GET", "/v2/jobs/activation", ""), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void completingAnUnknownUserTaskIsNotFoundNamingTheKey() throws Exception {
        HttpResponse<String> response = send("POST", "/v2/user-tasks/2251799813685249/completion", "{}");

        isProblem(response, 404, "NOT_FOUND");
        assertThat(response.body()).contains("2251799813685249");
    }

    @Test
    void aResourceKeyThatIsNoNumberIsABadRequest() throws Exception {
        isProblem(send("POST", "/v2/resources/not-a-key/deletion", ""), 400, "INVALID_ARGUMENT");
    }

    @Test
    void aMigrationWithoutTargetOrMappingsIsABadRequestNamingWhatIsMissing() throws Exception {
        HttpResponse<String> noTarget = send("POST", "/v2/process-instances/2251799813685249/migration",
                "{\"mappingInstructions\":[{\"sourceElementId\":\"A\",\"targetElementId\":\"A\"}]}");
        HttpResponse<String> noMappings = send("POST", "/v2/process-instances/2251799813685249/migration",
                "{\"targetProcessDefinitionKey\":\"2251799813685250\",\"mappingInstructions\":[]}");
        HttpResponse<String> noSource = send("POST", "/v2/process-instances/2251799813685249/migration",
                "{\"targetProcessDefinitionKey\":\"2251799813685250\",\"mappingInstructions\":[{\"targetElementId\":\"A\"}]}");

        isProblem(noTarget, 400, "INVALID_ARGUMENT");
        assertThat(noTarget.body()).contains("No targetProcessDefinitionKey provided.");
        isProblem(noMappings, 400, "INVALID_ARGUMENT");
        assertThat(noMappings.body()).contains("No mappingInstructions provided.");
        isProblem(noSource, 400, "INVALID_ARGUMENT");
        assertThat(noSource.body()).contains("No sourceElementId provided.");
    }

    @Test
    void aModificationWithABadInstructionIsABadRequestNamingTheField() throws Exception {
        HttpResponse<String> noElement = send("POST", "/v2/process-instances/2251799813685249/modification",
                "{\"activateInstructions\":[{\"ancestorElementInstanceKey\":\"-1\"}]}");
        HttpResponse<String> noKey = send("POST", "/v2/process-instances/2251799813685249/modification",
                "{\"terminateInstructions\":[{}]}");
        HttpResponse<String> notAList = send("POST", "/v2/process-instances/2251799813685249/modification",
                "{\"activateInstructions\":{\"elementId\":\"Task_Work\"}}");

        isProblem(noElement, 400, "INVALID_ARGUMENT");
        assertThat(noElement.body()).contains("No elementId provided.");
        isProblem(noKey, 400, "INVALID_ARGUMENT");
        assertThat(noKey.body()).contains("No elementInstanceKey provided.");
        isProblem(notAList, 400, "INVALID_ARGUMENT");
        assertThat(notAList.body()).contains("'activateInstructions'");
    }

    @Test
    void settingNoVariablesIsABadRequest() throws Exception {
        long instance = engine.startInstance("Process_Job");

        HttpResponse<String> none = send("PUT", "/v2/element-instances/" + instance + "/variables", "{}");
        HttpResponse<String> notAnObject = send("PUT", "/v2/element-instances/" + instance + "/variables",
                "{\"variables\":[1]}");

        isProblem(none, 400, "INVALID_ARGUMENT");
        assertThat(none.body()).contains("No variables provided.");
        isProblem(notAnObject, 400, "INVALID_ARGUMENT");
        assertThat(notAnObject.body()).contains("'variables'");
    }
}
