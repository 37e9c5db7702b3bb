package io.breachflow.notices;

import io.breachflow.notices.internal.LetterRenderer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door for regulator-ordered re-notices (design.md §8: "a new run with a new approved version").
 *
 * <p>Contract: a re-notice is asked for a finished run only ({@link RunNotFinishedException} otherwise), one at a
 * time per run. Asking drafts the corrected letter at once as the next version of the earlier letter (same
 * incident, regime, kind and languages), pre-filled from the approved version, with the officer's corrections and
 * the reason as its {@code correction} field, checked for required content like any draft; it is sent only after
 * legal approved it bound to its content hash ({@link NoticeDrafting#approve}). The later run's cohort is copied
 * set-based from the earlier run's ledger: everyone it SENT the letter, and only when asked the people it did not
 * reach. Starting is idempotent: a retried start finds the cohort and the run it made before. Publishes
 * {@link RenoticeRequested} (the workflow starts the re-notice process) and {@link RenoticeRunStarted}.
 */
@Service
public class NoticeRenotices {

    /** The letter field holding what was corrected; legal sees it in the diff and approves it with the text. */
    public static final String CORRECTION_FIELD = "correction";

    private final Renotices renotices;
    private final NoticeDispatch dispatch;
    private final NoticeDrafting drafting;
    private final ApplicationEventPublisher events;
    private final RunEvents separate;
    private final Clock clock;

    NoticeRenotices(Renotices renotices, NoticeDispatch dispatch, NoticeDrafting drafting,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.renotices = renotices;
        this.dispatch = dispatch;
        this.drafting = drafting;
        this.events = events;
        this.separate = new RunEvents(events, transactions);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Drafts the corrected letter for a re-notice of {@code earlierRunId} as {@code requestedBy} and records the
     * order; the letter then waits for legal.
     *
     * @throws NoSuchElementException when there is no such run
     * @throws RunNotFinishedException when the run is still being created or sending
     * @throws IllegalStateException when the run's letter is no drafted version, or a re-notice of it is open
     * @throws IllegalArgumentException when a corrected field name is not a letter field name
     * @throws MissingRequiredContentException when the corrections removed an item the law requires
     */
    @Transactional
    public Renotice request(long earlierRunId, RenoticeOrder order, String requestedBy) {
        NoticeRun run = dispatch.run(earlierRunId);
        if (run.status() != RunStatus.COMPLETED && run.status() != RunStatus.CANCELLED) {
            throw new RunNotFinishedException(earlierRunId, run.status());
        }
        LetterVersion earlier = letterOf(run).orElseThrow(() -> new IllegalStateException("Expected the letter of "
                + "notice run " + earlierRunId + " to be a drafted letter version, but it names none"));
        ofEarlierRun(earlierRunId).stream().filter(r -> state(r) != RenoticeState.FINISHED
                && state(r) != RenoticeState.NOT_APPROVED).findFirst().ifPresent(open -> {
                    throw new IllegalStateException("Expected no open re-notice of notice run " + earlierRunId
                            + ", but re-notice " + open.id() + " is " + state(open));
                });
        Map<String, String> fields = new TreeMap<>(earlier.fields());
        fields.putAll(order.correctedFields());
        fields.put(CORRECTION_FIELD, order.reason().strip());
        LetterVersion corrected = drafting.draft(new LetterDraftRequest(earlier.incidentId(), earlier.regime(),
                earlier.kind(), earlier.languages(), fields, requestedBy));
        long id = renotices.insert(earlierRunId, earlier.incidentId(), earlier.id(), order, corrected.id(), requestedBy,
                clock.instant());
        events.publishEvent(new RenoticeRequested(id, earlierRunId, earlier.incidentId(), earlier.regime(),
                corrected.id(), corrected.contentHash(), requestedBy));
        return require(id);
    }

    /**
     * Sends the approved corrected letter of re-notice {@code renoticeId}: copies the cohort from the earlier run's
     * ledger (once) and starts the later run (once), as the officer who asked for it.
     *
     * @throws IllegalStateException when the corrected letter is not approved
     * @throws LetterNotApprovedException as {@link NoticeDispatch#startRun}
     */
    public NoticeRun startRun(long renoticeId) {
        Renotice renotice = require(renoticeId);
        if (renotice.laterRunId() != null) {
            return dispatch.run(renotice.laterRunId());
        }
        ApprovedLetter letter = drafting.approvedLetter(renotice.letterVersionId());
        long cohortId = renotice.cohortId() != null ? renotice.cohortId() : copyCohort(renotice);
        Optional<Long> earlierStart = renotices.runOfCohort(cohortId);
        NoticeRun run = earlierStart.isPresent() ? dispatch.run(earlierStart.get())
                : dispatch.startRun(cohortId, letter, dispatch.defaultWave(), renotice.incidentId(),
                        renotice.requestedBy());
        renotices.laterRun(renoticeId, run.id());
        separate.publish(new RenoticeRunStarted(renoticeId, renotice.incidentId(), renotice.earlierRunId(), run.id(),
                renotice.letterVersionId(), renotice.orderReference(), renotice.includeUnreached(),
                dispatch.progress(run.id()).total(), renotice.requestedBy()));
        return run;
    }

    private long copyCohort(Renotice renotice) {
        CohortImport cohort = dispatch.cohortOfRun(renotice.earlierRunId(), renotice.includeUnreached(),
                "re-notice " + renotice.id() + " of run " + renotice.earlierRunId());
        renotices.cohort(renotice.id(), cohort.cohortId());
        return cohort.cohortId();
    }

    /** Where the re-notice stands, from its letter version and later run. */
    public RenoticeState state(Renotice renotice) {
        if (renotice.laterRunId() != null) {
            RunStatus status = dispatch.run(renotice.laterRunId()).status();
            return status == RunStatus.COMPLETED || status == RunStatus.CANCELLED ? RenoticeState.FINISHED
                    : RenoticeState.SENDING;
        }
        ApprovalStatus letter = drafting.find(renotice.letterVersionId()).map(LetterVersion::status)
                .orElse(ApprovalStatus.PENDING_APPROVAL);
        return switch (letter) {
            case APPROVED -> RenoticeState.STARTING;
            case REJECTED -> RenoticeState.NOT_APPROVED;
            default -> RenoticeState.AWAITING_APPROVAL;
        };
    }

    /** The letter version a run sends ({@code <template>@v<id>}), if it names one that exists. */
    public Optional<LetterVersion> letterOf(NoticeRun run) {
        OptionalLong id = LetterRenderer.versionId(run.letter().template());
        return id.isPresent() ? drafting.find(id.getAsLong()) : Optional.empty();
    }

    public Optional<Renotice> find(long renoticeId) {
        return renotices.find(renoticeId);
    }

    /** The re-notices ordered for run {@code runId}, oldest first. */
    public List<Renotice> ofEarlierRun(long runId) {
        return renotices.ofEarlierRun(runId);
    }

    /** The re-notice run {@code runId} sends, if it is one. */
    public Optional<Renotice> ofLaterRun(long runId) {
        return renotices.ofLaterRun(runId);
    }

    /** Every re-notice of the incident, oldest first (the breach register shows them). */
    public List<Renotice> forIncident(String incidentId) {
        return renotices.forIncident(incidentId);
    }

    /** Every re-notice by incident, oldest first within each (the breach register lists them). */
    public Map<String, List<Renotice>> byIncident() {
        return renotices.all().stream().collect(java.util.stream.Collectors.groupingBy(Renotice::incidentId,
                java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    private Renotice require(long renoticeId) {
        return renotices.find(renoticeId).orElseThrow(() -> new NoSuchElementException("Expected re-notice "
                + renoticeId + ", but there is none"));
    }
}
