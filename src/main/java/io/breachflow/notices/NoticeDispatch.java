package io.breachflow.notices;

import io.breachflow.notices.internal.CohortImporter;
import io.breachflow.notices.internal.JdbcLedgerStore;
import io.breachflow.notices.internal.LetterRenderer;
import io.breachflow.notices.internal.NoticeDispatcher;
import java.io.Reader;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The front door for notice runs: import a cohort (CSV, a customer-database query, or everyone an
 * earlier run reached), start a run of an approved letter, pause, resume, cancel, watch progress.
 *
 * <p>Only a letter version legal approved is ever sent: start and resume check its template, version and
 * content hash against the version store and the files ({@link LetterNotApprovedException} otherwise). Each
 * start, pause, resume and cancel names the user who did it and is published ({@link NoticeRunStarted},
 * {@link NoticeRunPaused}, {@link NoticeRunResumed}, {@link NoticeRunCancelled}), as is each refusal
 * ({@link NoticeRunRefused}), so the audit trail shows who acted.
 *
 * <p>Contract: every person of the cohort gets one ledger row per run, on the first channel that reaches
 * them (email, else SMS, else post), or SUPPRESSED with the reason; SENT is recorded once per row. After
 * a crash the run resumes on startup without skipping anyone, and rows claimed before the crash are
 * checked against the channel's own record before anything is sent again (see the README for the one
 * window where an email may go out twice, always with the same Message-ID). When every row is final, or
 * the run is cancelled, {@link NoticeRunFinished} is published.
 */
public class NoticeDispatch {

    private final CohortImporter importer;
    private final DataSource customerDb;
    private final JdbcLedgerStore ledger;
    private final LetterRenderer letters;
    private final NoticeDispatcher dispatcher;
    private final NoticeWave defaultWave;
    private final ApprovedLetterCheck approval;
    private final RunEvents events;
    private final Clock clock;

    NoticeDispatch(CohortImporter importer, DataSource customerDb, JdbcLedgerStore ledger, LetterRenderer letters,
            NoticeDispatcher dispatcher, NoticeWave defaultWave, ApprovedLetterCheck approval, RunEvents events,
            Clock clock) {
        this.importer = importer;
        this.customerDb = customerDb;
        this.ledger = ledger;
        this.letters = letters;
        this.dispatcher = dispatcher;
        this.defaultWave = defaultWave;
        this.approval = approval;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Streams a CSV ({@code person_id,name,email,phone,jurisdiction,language}, optionally
     * {@code ,postal_address}) into a new cohort; bad rows and later duplicates of a person id are reported
     * with their line numbers, good rows kept. An invalid email or phone is dropped (noted), not fatal.
     *
     * @throws IllegalArgumentException when the header is not the expected one (nothing is kept)
     */
    public CohortImport importCohort(String label, Reader csv) {
        return importer.importCsv(label, csv);
    }

    /**
     * Streams the customer database's answer to {@code query} ({@code breachflow.notices.customer-db.*})
     * into a new cohort, validated like a CSV; rejects carry the row number.
     */
    public CohortImport importCohort(String label, CohortQuery query) {
        return importer.importQuery(label, customerDb, query);
    }

    /**
     * For a regulator-ordered corrected re-send: a new cohort of everyone who was SENT the earlier run's
     * letter (on any channel), to be sent a new approved version.
     *
     * @throws java.util.NoSuchElementException when there is no such run
     */
    public CohortImport cohortOfRun(long previousRunId) {
        return importer.copySent("re-notice of run " + previousRunId, previousRunId);
    }

    /**
     * As {@link #cohortOfRun(long)}, and with {@code includeUnreached} also everyone the earlier run did not
     * reach (BOUNCED, FAILED, SUPPRESSED): one set-based copy from the earlier run's ledger either way.
     */
    public CohortImport cohortOfRun(long previousRunId, boolean includeUnreached, String label) {
        return importer.copyOf(label, previousRunId, includeUnreached
                ? java.util.Set.of("SENT", "BOUNCED", "FAILED", "SUPPRESSED") : java.util.Set.of("SENT"));
    }

    /** The pacing from configuration ({@code breachflow.notices.dispatch.*}). */
    public NoticeWave defaultWave() {
        return defaultWave;
    }

    /**
     * SHA-256 (hex) of an approved version ({@code <template>@v<id>}) as its files and fields are now;
     * {@link #startRun} requires it to be the approved hash.
     *
     * @throws IllegalStateException when {@code template} names no approved version
     */
    public String currentContentHash(String template) {
        return letters.contentHash(template);
    }

    /**
     * Creates the run and its ledger and starts sending, as {@code startedBy}; publishes
     * {@link NoticeRunStarted}.
     *
     * @param letter from {@link NoticeDrafting#approvedLetter(long)}: the only letters sent are versions legal
     *     approved, named by template ({@code <template>@v<id>}), version id and content hash
     * @param incidentId the incident the run notifies for, carried by {@link NoticeRunFinished}; may be null
     * @param startedBy the user (or {@code system} for the workflow) who starts it, for the audit trail
     * @throws LetterNotApprovedException when the letter is not an approved version, names another version or
     *     hash, or its files no longer hash to the approved hash; published as {@link NoticeRunRefused}
     * @throws IllegalStateException when the cohort is not completely imported
     * @throws UnprintableLetterException when people of the cohort are reached by post and their letter has
     *     characters none of the print fonts has (nothing is created)
     */
    public NoticeRun startRun(long cohortId, ApprovedLetter letter, NoticeWave wave, String incidentId,
            String startedBy) {
        requireActor(startedBy);
        try {
            approval.verify(letter);
            dispatcher.checkPrintable(cohortId, letter.template(), wave.channels());
            approval.markSent(letter);
        } catch (LetterNotApprovedException refused) {
            events.publish(new NoticeRunRefused(null, incidentId, cohortId, letter.template(), letter.version(),
                    letter.contentHash(), refused.reason(), startedBy));
            throw refused;
        }
        long runId = ledger.newRun(cohortId, letter, wave, incidentId, clock.millis());
        events.publish(new NoticeRunStarted(runId, incidentId, cohortId, letter.template(), letter.version(),
                letter.contentHash(), startedBy));
        dispatcher.startChecked(runId);
        return ledger.findRun(runId);
    }

    /** Senders finish the letter in hand and stop; unsent claimed rows go back to PENDING. */
    public void pause(long runId, String pausedBy) {
        requireActor(pausedBy);
        dispatcher.pause(runId);
        events.publish(new NoticeRunPaused(runId, ledger.findRun(runId).incidentId(), pausedBy));
    }

    /**
     * Continues a paused or interrupted run where its ledger stands, once its letter passes the approval
     * check again.
     *
     * @throws LetterNotApprovedException as {@link #startRun} (a run stored before versions were required)
     * @throws UnprintableLetterException as {@link #startRun} (the print fonts may have changed since)
     */
    public void resume(long runId, String resumedBy) {
        requireActor(resumedBy);
        NoticeRun run = ledger.findRun(runId);
        try {
            approval.verify(run.letter());
        } catch (LetterNotApprovedException refused) {
            events.publish(new NoticeRunRefused(runId, run.incidentId(), run.cohortId(), run.letter().template(),
                    run.letter().version(), run.letter().contentHash(), refused.reason(), resumedBy));
            throw refused;
        }
        dispatcher.start(runId);
        events.publish(new NoticeRunResumed(runId, run.incidentId(), resumedBy));
    }

    /** Stops for good; rows not yet sent stay PENDING and are counted as remaining. */
    public void cancel(long runId, String cancelledBy) {
        requireActor(cancelledBy);
        dispatcher.cancel(runId);
        events.publish(new NoticeRunCancelled(runId, ledger.findRun(runId).incidentId(), cancelledBy));
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("Expected the user acting on a notice run, but there is none");
        }
    }

    /** Counters kept with the ledger: one row read, whatever the cohort size. */
    public RunProgress progress(long runId) {
        return dispatcher.progress(runId);
    }

    public NoticeRun run(long runId) {
        return ledger.findRun(runId);
    }

    /** The newest runs, newest first, at most {@code limit}. */
    public java.util.List<NoticeRun> recentRuns(int limit) {
        return ledger.recentRuns(limit);
    }
}
