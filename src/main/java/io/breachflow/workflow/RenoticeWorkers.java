package io.breachflow.workflow;

import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRenotices;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.Renotice;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code Process_Renotice} ({@code bpmn/renotice.bpmn}), thin over
 * {@link NoticeRenotices}: the process carries the re-notice id, the notices module keeps the order's text.
 * Legal's decision is recorded by {@code breach.decide-notice} as for any letter.
 */
@Component
public class RenoticeWorkers {

    private final NoticeRenotices renotices;
    private final NoticeDrafting letters;

    RenoticeWorkers(NoticeRenotices renotices, NoticeDrafting letters) {
        this.renotices = renotices;
        this.letters = letters;
    }

    /** The subject key of a re-notice's tasks: the regime first, as the approval page looks letters up by it. */
    static String subjectKey(String regime, long renoticeId) {
        return regime.toLowerCase(Locale.ROOT) + "-renotice-" + renoticeId;
    }

    /**
     * {@code breach.draft-renotice}: the corrected letter was drafted with the order (pre-filled from the approved
     * version, the correction required); hands its version and content hash to legal's approval.
     */
    @JobWorker(type = JobTypes.DRAFT_RENOTICE)
    public Map<String, Object> draft(@Variable Long renoticeId) {
        Renotice renotice = renotices.find(renoticeId).orElseThrow(() -> new IllegalStateException(
                "Expected re-notice " + renoticeId + ", but there is none"));
        LetterVersion version = letters.find(renotice.letterVersionId()).orElseThrow(() -> new IllegalStateException(
                "Expected the corrected letter version of re-notice " + renoticeId + ", but there is none"));
        return Map.of("letterVersionId", version.id(), "contentHash", version.contentHash());
    }

    /** {@code breach.start-renotice-run}: sends the approved corrected letter (one cohort and run, also when retried). */
    @JobWorker(type = JobTypes.START_RENOTICE_RUN)
    public Map<String, Object> start(@Variable Long renoticeId) {
        NoticeRun run = renotices.startRun(renoticeId);
        return Map.of("noticeRunId", run.id());
    }
}
