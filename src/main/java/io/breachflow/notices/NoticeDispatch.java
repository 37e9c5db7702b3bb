package io.breachflow.notices;

import io.breachflow.notices.internal.CohortImporter;
import io.breachflow.notices.internal.JdbcLedgerStore;
import io.breachflow.notices.internal.LetterRenderer;
import io.breachflow.notices.internal.NoticeDispatcher;
import java.io.Reader;
import java.time.Clock;

/**
 * The front door for notice runs: import a cohort, start a run of an approved letter, pause, resume,
 * cancel, watch progress.
 *
 * <p>Contract: every person of the cohort gets one ledger row per run; a person with an email address is
 * emailed at most once per run in the ledger's sense (SENT is recorded once), and after a crash the run
 * resumes on startup without skipping anyone; a letter that was accepted by the SMTP server just before
 * the crash may go out a second time, always with the same Message-ID.
 */
public class NoticeDispatch {

    private final CohortImporter importer;
    private final JdbcLedgerStore ledger;
    private final LetterRenderer letters;
    private final NoticeDispatcher dispatcher;
    private final NoticeWave defaultWave;
    private final Clock clock;

    NoticeDispatch(CohortImporter importer, JdbcLedgerStore ledger, LetterRenderer letters,
            NoticeDispatcher dispatcher, NoticeWave defaultWave, Clock clock) {
        this.importer = importer;
        this.ledger = ledger;
        this.letters = letters;
        this.dispatcher = dispatcher;
        this.defaultWave = defaultWave;
        this.clock = clock;
    }

    /** Streams a CSV ({@code person_id,name,email,phone,jurisdiction,language}) into a new cohort. */
    public CohortImport importCohort(String label, Reader csv) {
        return importer.importCsv(label, csv);
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

    /**
     * Creates the run and its ledger and starts sending.
     *
     * @throws IllegalStateException when the letter files no longer hash to the approved content hash, or
     *     the cohort is not completely imported
     */
    public NoticeRun startRun(long cohortId, ApprovedLetter letter, NoticeWave wave) {
        String actual = letters.contentHash(letter.template());
        if (!actual.equals(letter.contentHash())) {
            throw new IllegalStateException("Expected letter " + letter.template() + " to hash to the approved "
                    + letter.contentHash() + ", but its files hash to " + actual);
        }
        long runId = ledger.newRun(cohortId, letter, wave, clock.millis());
        dispatcher.start(runId);
        return ledger.findRun(runId);
    }

    /** Senders finish the letter in hand and stop; unsent claimed rows go back to PENDING. */
    public void pause(long runId) {
        dispatcher.pause(runId);
    }

    /** Continues a paused or interrupted run where its ledger stands. */
    public void resume(long runId) {
        dispatcher.start(runId);
    }

    /** Stops for good; rows not yet sent stay PENDING and are counted as remaining. */
    public void cancel(long runId) {
        dispatcher.cancel(runId);
    }

    public RunProgress progress(long runId) {
        return dispatcher.progress(runId);
    }

    public NoticeRun run(long runId) {
        return ledger.findRun(runId);
    }
}
