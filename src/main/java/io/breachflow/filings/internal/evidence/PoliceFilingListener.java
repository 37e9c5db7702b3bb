package io.breachflow.filings.internal.evidence;

import io.breachflow.filings.EvidenceLocker;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTaskCompleted;
import io.breachflow.tasklist.HumanTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When an officer records the filing with the police ({@code file-with-police} form, with the police
 * case number), the incident's newest evidence package is marked HANDED_TO_POLICE under that case
 * number, by that officer, so the custody list follows the referral without a second entry.
 */
@Component
class PoliceFilingListener {

    private static final Logger log = LoggerFactory.getLogger(PoliceFilingListener.class);

    private final EvidenceLocker locker;
    private final HumanTasks tasks;

    PoliceFilingListener(EvidenceLocker locker, HumanTasks tasks) {
        this.locker = locker;
        this.tasks = tasks;
    }

    @Async
    @TransactionalEventListener
    void on(HumanTaskCompleted completed) {
        if (!"file-with-police".equals(completed.formKey()) || completed.incidentId() == null
                || !(completed.variables().get("caseNumber") instanceof String caseNumber)) {
            return;
        }
        HumanTask task = tasks.get(completed.taskId());
        locker.latestPackage(completed.incidentId()).ifPresentOrElse(
                evidencePackage -> locker.handOver(completed.incidentId(), evidencePackage.id(), caseNumber,
                        task.assignee() == null ? EvidenceLocker.SYSTEM : task.assignee()),
                () -> log.warn("Incident {} was filed with the police without an evidence package",
                        completed.incidentId()));
    }
}
