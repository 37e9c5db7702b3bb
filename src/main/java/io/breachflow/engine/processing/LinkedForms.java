package io.breachflow.engine.processing;

import io.breachflow.engine.model.Expression;
import io.breachflow.engine.model.UserTaskDefinition.LinkedForm;
import io.breachflow.engine.state.FormDefinition;
import io.breachflow.engine.state.FormStore;

/**
 * Resolves a user task's linked form ({@code zeebe:formDefinition formId}) when the task activates, by the
 * binding type 8.8 documents: the latest version, the version deployed with the process, or the latest version
 * with a version tag. A missing form is Zeebe's {@code FORM_NOT_FOUND} incident with Zeebe's wording; resolving
 * the incident activates the task again, so deploying the form first lets it through.
 */
final class LinkedForms {

    /** No form matches the link; the message is the incident's. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private LinkedForms() {
    }

    static FormDefinition resolve(CommandContext ctx, long processDefinitionKey, LinkedForm link,
            Expression.VariableLookup lookup) {
        String formId = UserTaskValues.formId(link.formId(), lookup);
        FormStore forms = new FormStore(ctx.store);
        return switch (link.binding()) {
            case LATEST -> found(forms.latest(formId), String.format("Expected to find a form with id '%s', but no "
                    + "form with this id is found, at least a form with this id should be available. To resolve the "
                    + "Incident please deploy a form with the same id", formId));
            case DEPLOYMENT -> {
                long deploymentKey = ctx.store.definition(processDefinitionKey).deploymentKey();
                yield found(forms.ofDeployment(formId, deploymentKey), String.format("Expected to use a form with id "
                        + "'%s' with binding type 'deployment', but no such form found in the deployment with key %d "
                        + "which contained the current process. To resolve this incident, migrate the process "
                        + "instance to a process definition that is deployed together with the intended form to use.",
                        formId, deploymentKey));
            }
            case VERSION_TAG -> found(forms.withVersionTag(formId, link.versionTag()), String.format("Expected to use "
                    + "a form with id '%s' and version tag '%s', but no such form found. To resolve the incident, "
                    + "deploy a form with the given id and version tag.", formId, link.versionTag()));
        };
    }

    private static FormDefinition found(FormDefinition form, String message) {
        if (form == null) {
            throw new NotFound(message);
        }
        return form;
    }
}
