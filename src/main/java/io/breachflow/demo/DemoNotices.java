package io.breachflow.demo;

import static io.breachflow.demo.DemoDesk.LEGAL;
import static io.breachflow.demo.DemoDesk.OFFICER;

import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.Channel;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NewCohort;
import io.breachflow.notices.NoticeCohorts;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.RunStatus;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * The demo's customer notice: the PIPA letter is drafted by the officer and approved by legal in its process, then
 * sent to the synthetic cohort of {@value #PEOPLE} customers the way an officer sends an approved letter from the
 * case's documents page ({@link NoticeDispatch#startRun}, the start-run form's service): by text message only and
 * unthrottled, so it finishes in seconds rather than the 8 minutes the default pace of 200 a second would take, and
 * 100,000 mails never fill the dev mailbox. The letter's process then waits at "Prepare notice wave" for the rest
 * of the 33.7 million customers — a task the officer finds in the inbox.
 */
@Component
class DemoNotices {

    static final int PEOPLE = 100_000;
    static final String COHORT_NAME = "Demo customers (synthetic, 100,000)";
    private static final Duration RUN_PATIENCE = Duration.ofMinutes(5);

    private final NoticeCohorts cohorts;
    private final NoticeDispatch dispatch;
    private final NoticeDrafting letters;
    private final DemoDesk desk;

    DemoNotices(NoticeCohorts cohorts, NoticeDispatch dispatch, NoticeDrafting letters, DemoDesk desk) {
        this.cohorts = cohorts;
        this.dispatch = dispatch;
        this.letters = letters;
        this.desk = desk;
    }

    /** The cohort being imported on a thread of its own while the case goes on. */
    record Cohort(CompletableFuture<CohortImport> imported) {
        long id() {
            return imported.join().cohortId();
        }
    }

    Cohort importCohortInBackground(String incidentId) {
        return new Cohort(CompletableFuture.supplyAsync(() -> cohorts.importCsv(new NewCohort(COHORT_NAME,
                COHORT_NAME, incidentId, OFFICER.username()), new SyntheticCustomers(PEOPLE))));
    }

    /** The PIPA letter drafted and approved in its process; its approved version's id. */
    long draftAndApprove(String incidentId) {
        desk.draft(incidentId, "draft-notice", "kr-pipa-notice"::equals, OFFICER);
        desk.complete(incidentId, "approve-notice", "kr-pipa-notice"::equals, LEGAL,
                Map.of("approved", true, "comment", "Approved: plain words, help desk number checked."));
        desk.await(incidentId, "prepare-wave", "kr-pipa-notice"::equals);
        return letters.forIncident(incidentId).stream()
                .filter(version -> "KR-PIPA".equals(version.regime()) && version.status() == ApprovalStatus.APPROVED)
                .map(LetterVersion::id).reduce((first, last) -> last).orElseThrow(() -> new IllegalStateException(
                        "Expected the approved PIPA letter, but there is none"));
    }

    long sendToCohort(Cohort cohort, long versionId, String incidentId) {
        NoticeWave textsUnthrottled = new NoticeWave(0, 4, EnumSet.of(Channel.SMS));
        return dispatch.startRun(cohort.id(), letters.approvedLetter(versionId), textsUnthrottled, incidentId,
                OFFICER.username()).id();
    }

    void awaitFinished(long runId) {
        if (!DemoDesk.awaitTrue(() -> dispatch.progress(runId).status() == RunStatus.COMPLETED, RUN_PATIENCE)) {
            throw new IllegalStateException("Expected notice run " + runId + " to finish within "
                    + RUN_PATIENCE.toMinutes() + " minutes, but it is " + dispatch.progress(runId).status());
        }
    }
}
