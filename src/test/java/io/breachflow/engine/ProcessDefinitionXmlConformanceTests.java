package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v2/process-definitions/{key}/xml}, and what the REST subset says about everything else. */
class ProcessDefinitionXmlConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static BpmnModelInstance model(String jobType) {
        return Bpmn.createExecutableProcess("Process_Xml").startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    @Test
    void returnsTheDeployedXmlOfEachVersion() {
        String deployed = Bpmn.convertToString(model("v1"));
        DeploymentEvent first = engine.client().newDeployResourceCommand()
                .addResourceStringUtf8(deployed, "Process_Xml.bpmn").send().join();
        DeploymentEvent second = engine.deploy(model("v2"));

        String v1 = engine.client().newProcessDefinitionGetXmlRequest(
                first.getProcesses().get(0).getProcessDefinitionKey()).send().join();
        String v2 = engine.client().newProcessDefinitionGetXmlRequest(
                second.getProcesses().get(0).getProcessDefinitionKey()).send().join();

        assertThat(v1).isEqualTo(deployed);
        assertThat(v1).contains("id=\"Process_Xml\"").contains("type=\"v1\"").doesNotContain("type=\"v2\"");
        assertThat(v2).contains("type=\"v2\"");
    }

    @Test
    void anUnknownDefinitionIsNotFound() {
        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> engine.client().newProcessDefinitionGetXmlRequest(2251799813685249L).send().join())
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(404);
                    assertThat(problem.details().getTitle()).isEqualTo("NOT_FOUND");
                });
    }

    @Test
    void anEndpointOutsideTheSubsetAnswersNotImplementedWithAProblemBody() throws Exception {
        HttpResponse<String> response = rawGet("/v2/batch-operations/search");

        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":501").contains("\"title\":\"NOT_IMPLEMENTED\"")
                .contains("\"instance\":\"/v2/batch-operations/search\"");
    }

    private HttpResponse<String> rawGet(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + engine.restPort() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
