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
    private final Clock clock;

    NoticeDispatch(CohortImporter importer, DataSource customerDb, JdbcLedgerStore ledger, LetterRenderer letters,
            NoticeDispatcher dispatcher, NoticeWave defaultWave, Clock clock) {
        this.importer = importer;
        this.customerDb = customerDb;
        this.ledger = ledger;
        this.letters = letters;
        this.dispatcher = dispatcher;
        this.defaultWave = defaultWave;
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

    /** The pacing from configuration ({@code breachflow.notices.dispatch.*}). */
    public NoticeWave defaultWave() {
        return defaultWave;
    }

    /**
     * SHA-256 (hex) of a letter's files as they are now (all languages); approval records it and
     * {@link #startRun} checks it.
     */
    public String currentContentHash(String template) {
        return letters.contentHash(template);
    }

    /** As {@link #startRun(long, ApprovedLetter, NoticeWave, String)} without an incident. */
    public NoticeRun startRun(long cohortId, ApprovedLetter letter, NoticeWave wave) {
        return startRun(cohortId, letter, wave, null);
    }

    /**
     * Creates the run and its ledger and starts sending.
     *
     * @param incidentId the incident the run notifies for, carried by {@link NoticeRunFinished}; may be null
     * @throws IllegalStateException when the letter files no longer hash to the approved content hash, or
     *     the cohort is not completely imported
     * @throws UnprintableLetterException when people of the cohort are reached by post and their letter has
     *     characters none of the print fonts has (nothing is created)
     */
    public NoticeRun startRun(long cohortId, ApprovedLetter letter, NoticeWave wave, String incidentId) {
        String actual = letters.contentHash(letter.template());
        if (!actual.equals(letter.contentHash())) {
            throw new IllegalStateException("Expected letter " + letter.template() + " to hash to the approved "
                    + letter.contentHash() + ", but its files hash to " + actual);
        }
        dispatcher.checkPrintable(cohortId, letter.template());
        long runId = ledger.newRun(cohortId, letter, wave, incidentId, clock.millis());
        dispatcher.startChecked(runId);
        return ledger.findRun(runId);
    }

    /** Senders finish the letter in hand and stop; unsent claimed rows go back to PENDING. */
    public void pause(long runId) {
        dispatcher.pause(runId);
    }

    /**
     * Continues a paused or interrupted run where its ledger stands.
     *
     * @throws UnprintableLetterException as {@link #startRun} (the print fonts may have changed since)
     */
    public void resume(long runId) {
        dispatcher.start(runId);
    }

    /** Stops for good; rows not yet sent stay PENDING and are counted as remaining. */
    public void cancel(long runId) {
        dispatcher.cancel(runId);
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
