package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Cancels every process instance started for an incident — its lifecycle (and with it each report, notice, referral
 * and public-notice process it called), its triage and its re-notices — so nothing of it waits, reminds or
 * escalates any more. For removing demo data; a real case is closed, never cancelled. The engine's
 * {@code CancelProcessInstance} terminates called instances with their caller, as Zeebe does.
 */
@Service
public class ProcessCancellation {

    private final CamundaClient client;
    private final ProcessInstances instances;

    ProcessCancellation(CamundaClient client, ProcessInstances instances) {
        this.client = client;
        this.instances = instances;
    }

    /**
     * Cancels the incident's instances that are still running; an instance that already ended is skipped.
     *
     * @return how many instances were cancelled now
     */
    public int cancelAll(IncidentId incident) {
        String id = incident.toString();
        List<Long> keys = new ArrayList<>(instances.instancesMarked(id, "renotice/"));
        instances.instanceOf(id, BreachProcesses.DETECTION).ifPresent(keys::add);
        instances.instanceOf(id, BreachProcesses.LIFECYCLE).ifPresent(keys::add);
        int cancelled = 0;
        for (long key : keys) {
            try {
                client.newCancelInstanceCommand(key).send().join();
                cancelled++;
            } catch (ClientException e) {
                if (!EngineRefusals.notFound(e)) {
                    throw e;
                }
            }
        }
        return cancelled;
    }
}
