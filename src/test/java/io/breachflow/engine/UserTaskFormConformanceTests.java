package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Form;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Linked Camunda Forms ({@code zeebe:formDefinition formId}): deployment, linking and the task's form. */
class UserTaskFormConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private static String form(String id, String label) {
        return "{\"id\":\"" + id + "\",\"type\":\"default\",\"components\":[{\"type\":\"textfield\",\"key\":\"what\","
                + "\"label\":\"" + label + "\"}]}";
    }

    private static BpmnModelInstance review(String formId) {
        return Bpmn.createExecutableProcess("Process_Form").startEvent()
                .userTask("Task_Review", t -> t.zeebeUserTask().zeebeFormId(formId)
                        .zeebeTaskListener(l -> l.creating().type("on-create")))
                .endEvent().done();
    }

    private static DeploymentEvent deploy(CamundaClient client, String formJson, BpmnModelInstance process) {
        var step = client.newDeployResourceCommand().addResourceStringUtf8(formJson, "what-happened.form");
        return process == null ? step.send().join() : step.addProcessModel(process, "form.bpmn").send().join();
    }

    private UserTask awaitTask(long instance) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<UserTask> items = engine.restClient().newUserTaskSearchRequest()
                    .filter(f -> f.processInstanceKey(instance)).send().join().items();
            return items.isEmpty() ? null : items.get(0);
        }, t -> t != null);
    }

    @Test
    void aTaskLinksTheFormDeployedWithItsProcessAndHandsItOut() {
        DeploymentEvent deployment = deploy(engine.restClient(), form("Form_WhatHappened", "What happened?"),
                review("Form_WhatHappened"));
        assertThat(deployment.getForm()).singleElement().satisfies(f -> {
            assertThat(f.getFormId()).isEqualTo("Form_WhatHappened");
            assertThat(f.getVersion()).isEqualTo(1);
            assertThat(f.getResourceName()).isEqualTo("what-happened.form");
            assertThat(f.getFormKey()).isPositive();
        });
        long formKey = deployment.getForm().get(0).getFormKey();
        long instance = engine.startInstance("Process_Form");

        ActivatedJob listener = engine.awaitJob("on-create");
        assertThat(listener.getUserTask().getFormKey()).isEqualTo(formKey);
        engine.client().newCompleteCommand(listener).send().join();
        UserTask task = awaitTask(instance);
        assertThat(task.getFormKey()).isEqualTo(formKey);

        io.camunda.client.api.search.response.Form linked = engine.restClient()
                .newUserTaskGetFormRequest(task.getUserTaskKey()).send().join();
        assertThat(linked.getFormId()).isEqualTo("Form_WhatHappened");
        assertThat(linked.getFormKey()).isEqualTo(formKey);
        assertThat(linked.getVersion()).isEqualTo(1);
        assertThat(linked.getSchema().toString()).contains("What happened?");
    }

    @Test
    void aFormGetsANewVersionOnlyWhenItsContentChanges() {
        Form first = deploy(engine.client(), form("Form_Scope", "Who is affected?"), null).getForm().get(0);
        Form same = deploy(engine.client(), form("Form_Scope", "Who is affected?"), null).getForm().get(0);
        Form changed = deploy(engine.client(), form("Form_Scope", "Which people are affected?"), null).getForm()
                .get(0);

        assertThat(same.getVersion()).isEqualTo(1);
        assertThat(same.getFormKey()).isEqualTo(first.getFormKey());
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(changed.getFormKey()).isNotEqualTo(first.getFormKey());
    }

    @Test
    void aMissingFormRaisesAnIncidentThatResolvesOnceTheFormIsDeployed() {
        engine.deploy(review("Form_Late"));
        long instance = engine.startInstance("Process_Form");

        EngineTables.Incident incident = EngineAwait.incident(engine, instance);
        assertThat(incident.errorType()).isEqualTo("FORM_NOT_FOUND");
        assertThat(incident.errorMessage()).isEqualTo("Expected to find a form with id 'Form_Late', but no form with "
                + "this id is found, at least a form with this id should be available. To resolve the Incident please "
                + "deploy a form with the same id");

        long formKey = deploy(engine.client(), form("Form_Late", "What happened?"), null).getForm().get(0)
                .getFormKey();
        engine.client().newResolveIncidentCommand(incident.key()).send().join();

        engine.client().newCompleteCommand(engine.awaitJob("on-create")).send().join();
        assertThat(awaitTask(instance).getFormKey()).isEqualTo(formKey);
    }

    @Test
    void aVersionTagBindingTakesTheTaggedVersionNotTheLatest() {
        long tagged = deploy(engine.client(), "{\"id\":\"Form_Tagged\",\"versionTag\":\"v1\",\"components\":[]}",
                null).getForm().get(0).getFormKey();
        deploy(engine.client(), "{\"id\":\"Form_Tagged\",\"versionTag\":\"v2\",\"components\":[]}", null);
        engine.deploy(Bpmn.createExecutableProcess("Process_Tagged").startEvent()
                .userTask("Task", t -> t.zeebeUserTask().zeebeFormId("Form_Tagged").zeebeFormBindingType(
                        io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType.versionTag)
                        .zeebeFormVersionTag("v1"))
                .endEvent().done());

        long instance = engine.startInstance("Process_Tagged");

        assertThat(awaitTask(instance).getFormKey()).isEqualTo(tagged);
    }

    @Test
    void aFormWithoutIdOrWithBrokenJsonIsRejectedNamingTheResource() {
        assertThatThrownBy(() -> deploy(engine.client(), "{\"components\":[]}", null))
                .hasMessageContaining("what-happened.form").hasMessageContaining("'id'");
        assertThatThrownBy(() -> deploy(engine.restClient(), "{\"id\": \"Form_Broken\",", null))
                .hasMessageContaining("what-happened.form").hasMessageContaining("valid JSON");
    }
}
