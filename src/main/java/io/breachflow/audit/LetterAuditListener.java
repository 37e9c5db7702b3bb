package io.breachflow.audit;

import io.breachflow.filings.ReportApproved;
import io.breachflow.filings.ReportDrafted;
import io.breachflow.filings.ReportRejected;
import io.breachflow.notices.NoticeRunFinished;
import io.breachflow.notices.NoticeVersionApproved;
import io.breachflow.notices.NoticeVersionDrafted;
import io.breachflow.notices.NoticeVersionRejected;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits what goes out: every drafted, approved and rejected authority report and notice version with
 * its content hash (so the trail proves which exact text was approved and by whom), and every finished
 * notice run with its counts. Rejection comments are free text and stay in their module.
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
}
