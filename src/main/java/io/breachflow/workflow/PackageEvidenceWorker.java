package io.breachflow.workflow;

import io.breachflow.filings.EvidenceLocker;
import io.breachflow.filings.EvidencePackage;
import io.breachflow.filings.EvidenceRefusedException;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code breach.package-evidence}: seals the incident's evidence files into a package (a manifest of each
 * file's SHA-256 and custody, itself hashed) that legal approves and the officer hands to the police. With no
 * evidence uploaded yet, BPMN error {@code NO_EVIDENCE} sends the task back saying so.
 */
@Component
public class PackageEvidenceWorker {

    private final EvidenceLocker evidence;
    private final DraftForms forms;
    private final Redrafts redrafts;

    PackageEvidenceWorker(EvidenceLocker evidence, DraftForms forms, Redrafts redrafts) {
        this.evidence = evidence;
        this.forms = forms;
        this.redrafts = redrafts;
    }

    @JobWorker(type = JobTypes.PACKAGE_EVIDENCE)
    public Map<String, Object> seal(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        DraftForms.Draft prepared = forms.last(incidentId, "prepare-referral", (String) obligation.get("key"));
        String preparer = prepared.author();
        // the officer's account of the case goes with the package: written from facts that changed meanwhile,
        // it comes back to be redrafted (issue 15) the same way as a package without evidence
        java.util.List<io.breachflow.regimes.FactChange> overtaken = redrafts.stamp(
                io.breachflow.documents.DocumentKind.REFERRAL, prepared.taskId(), incidentId,
                (String) obligation.get("key"), prepared.factsRevision());
        if (!overtaken.isEmpty()) {
            String problem = Redrafts.describe(overtaken);
            throw CamundaError.bpmnError("NO_EVIDENCE", problem, Map.of("draftProblem", problem));
        }
        try {
            EvidencePackage sealed = evidence.packageFor(incidentId, preparer);
            Map<String, Object> result = new HashMap<>();
            result.put("evidencePackageId", sealed.id());
            result.put("draftProblem", null);
            return result;
        } catch (EvidenceRefusedException refused) {
            String problem = "Upload the evidence files for this incident first: " + refused.getMessage();
            throw CamundaError.bpmnError("NO_EVIDENCE", problem, Map.of("draftProblem", problem));
        }
    }
}
