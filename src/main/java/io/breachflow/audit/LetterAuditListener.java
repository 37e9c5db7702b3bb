package io.breachflow.audit;

import io.breachflow.filings.ReportApproved;
import io.breachflow.filings.ReportDrafted;
import io.breachflow.filings.ReportFilingRefused;
import io.breachflow.filings.ReportRejected;
import io.breachflow.notices.NoticeRunCancelled;
import io.breachflow.notices.NoticeRunFinished;
import io.breachflow.notices.NoticeRunPaused;
import io.breachflow.notices.NoticeRunRefused;
import io.breachflow.notices.NoticeRunResumed;
import io.breachflow.notices.NoticeRunStarted;
import io.breachflow.notices.NoticeVersionApproved;
import io.breachflow.notices.NoticeVersionDrafted;
import io.breachflow.notices.NoticeVersionRejected;
import io.breachflow.notices.RenoticeRequested;
import io.breachflow.notices.RenoticeRunStarted;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits what goes out: every drafted, approved and rejected authority report and notice version with
 * its content hash (so the trail proves which exact text was approved and by whom), and every finished
 * notice run with its counts. Who started, paused, resumed or cancelled a run is recorded with the run, and
 * so is every refused attempt to send a letter that is not an approved version, with the user who tried.
 * Rejection comments are free text and stay in their module.
 */
@Component
class LetterAuditListener {

    private final AuditTrail trail;

    LetterAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @Async
    @TransactionalEventListener
    void on(ReportDrafted drafted) {
        trail.append(drafted.draftedBy(), "REPORT_DRAFTED", drafted.incidentId(), "draft=" + drafted.draftId()
                + " obligation=" + drafted.obligationKey() + " number=" + drafted.number()
                + " contentHash=" + drafted.contentHash());
    }

    @Async
    @TransactionalEventListener
    void on(ReportApproved approved) {
        trail.append(approved.approvedBy(), "REPORT_APPROVED", approved.incidentId(), "draft=" + approved.draftId()
                + " obligation=" + approved.obligationKey() + " number=" + approved.number()
                + " contentHash=" + approved.contentHash());
    }

    @Async
    @TransactionalEventListener
    void on(ReportRejected rejected) {
        trail.append(rejected.rejectedBy(), "REPORT_REJECTED", rejected.incidentId(), "draft=" + rejected.draftId()
                + " obligation=" + rejected.obligationKey());
    }

    /** Published by a job worker outside any transaction, hence {@code fallbackExecution}. */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReportFilingRefused refused) {
        trail.append(AuditListeners.actor(refused.refusedBy()), "REPORT_FILING_REFUSED", refused.incidentId(),
                "draft=" + refused.draftId() + " obligation=" + refused.obligationKey() + " reason=" + refused.reason());
    }

    /**
     * A scope revision overtook a report or letter before it was filed or sent: its approval no longer
     * authorises sending it. Who redrafts it shows in the next {@code *_DRAFTED} entry.
     */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(io.breachflow.documents.DocumentSuperseded superseded) {
        io.breachflow.documents.DocumentStamp stamp = superseded.stamp();
        trail.append(AuditListeners.actor(stamp.supersededBy()), "DOCUMENT_SUPERSEDED", stamp.incidentId(),
                stamp.kind().name().toLowerCase(java.util.Locale.ROOT) + "=" + stamp.documentId() + " obligation="
                        + stamp.obligationKey() + " draftedForRevision=" + stamp.factsRevision()
                        + " supersededByRevision=" + stamp.supersededByRevision());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeVersionDrafted drafted) {
        trail.append(drafted.draftedBy(), "NOTICE_DRAFTED", drafted.incidentId(), "version=" + drafted.versionId()
                + " regime=" + drafted.regime() + " kind=" + drafted.kind() + " number=" + drafted.number()
                + " contentHash=" + drafted.contentHash());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeVersionApproved approved) {
        trail.append(approved.approvedBy(), "NOTICE_APPROVED", approved.incidentId(), "version="
                + approved.versionId() + " regime=" + approved.regime() + " kind=" + approved.kind() + " number="
                + approved.number() + " contentHash=" + approved.contentHash());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeVersionRejected rejected) {
        trail.append(rejected.rejectedBy(), "NOTICE_REJECTED", rejected.incidentId(),
                "version=" + rejected.versionId());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeRunFinished finished) {
        trail.append(AuditListeners.SYSTEM, "NOTICE_RUN_FINISHED", finished.incidentId(), "run=" + finished.runId()
                + " status=" + finished.status() + " sent=" + finished.sent() + " bounced=" + finished.bounced()
                + " failed=" + finished.failed() + " suppressed=" + finished.suppressed());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeRunStarted started) {
        trail.append(AuditListeners.actor(started.startedBy()), "NOTICE_RUN_STARTED", started.incidentId(), "run="
                + started.runId() + " cohort=" + started.cohortId() + " template=" + started.template() + " version="
                + started.version() + " contentHash=" + started.contentHash());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeRunRefused refused) {
        trail.append(AuditListeners.actor(refused.refusedBy()), "NOTICE_RUN_REFUSED", refused.incidentId(),
                (refused.runId() == null ? "" : "run=" + refused.runId() + " ") + "cohort=" + refused.cohortId()
                + " reason=" + refused.reason() + " template=" + refused.template() + " version=" + refused.version()
                + " contentHash=" + refused.contentHash());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeRunPaused paused) {
        trail.append(AuditListeners.actor(paused.pausedBy()), "NOTICE_RUN_PAUSED", paused.incidentId(),
                "run=" + paused.runId());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeRunResumed resumed) {
        trail.append(AuditListeners.actor(resumed.resumedBy()), "NOTICE_RUN_RESUMED", resumed.incidentId(),
                "run=" + resumed.runId());
    }

    @Async
    @TransactionalEventListener
    void on(NoticeRunCancelled cancelled) {
        trail.append(AuditListeners.actor(cancelled.cancelledBy()), "NOTICE_RUN_CANCELLED", cancelled.incidentId(),
                "run=" + cancelled.runId());
    }

    /** The order's reason is free text and stays in the notices module; the trail names runs and versions. */
    @Async
    @TransactionalEventListener
    void on(RenoticeRequested requested) {
        trail.append(AuditListeners.actor(requested.requestedBy()), "NOTICE_RENOTICE_REQUESTED", requested.incidentId(),
                "renotice=" + requested.renoticeId() + " earlierRun=" + requested.earlierRunId() + " version="
                + requested.letterVersionId() + " contentHash=" + requested.contentHash());
    }

    /** Published outside any transaction by the re-notice worker, hence {@code fallbackExecution}. */
    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(RenoticeRunStarted started) {
        trail.append(AuditListeners.actor(started.startedBy()), "NOTICE_RENOTICE_RUN_STARTED", started.incidentId(),
                "renotice=" + started.renoticeId() + " earlierRun=" + started.earlierRunId() + " run="
                + started.laterRunId() + " version=" + started.letterVersionId() + " people=" + started.people()
                + " includeUnreached=" + started.includeUnreached()
                + (started.orderReference() == null ? "" : " order=" + started.orderReference()));
    }
}
