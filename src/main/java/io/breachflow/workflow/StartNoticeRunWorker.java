package io.breachflow.workflow;

import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRun;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code breach.start-notice-run}: sends the approved notice to the wave's cohort through the notices
 * module and returns {@code noticeRunId}, which the process then waits on. A retried or re-delivered job
 * finds the run it started before instead of starting a second one (one run per job).
 */
@Component
public class StartNoticeRunWorker {

    private static final String SYSTEM = "system";

    private final NoticeDispatch dispatch;
    private final NoticeDrafting letters;
    private final ProcessInstances started;
    private final DraftForms forms;
    private final Clock clock;

    StartNoticeRunWorker(NoticeDispatch dispatch, NoticeDrafting letters, ProcessInstances started, DraftForms forms,
            ObjectProvider<Clock> clock) {
        this.dispatch = dispatch;
        this.letters = letters;
        this.started = started;
        this.forms = forms;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.START_NOTICE_RUN)
    public Map<String, Object> start(ActivatedJob job, @Variable String incidentId, @Variable String cohortId,
            @Variable Long letterVersionId, @Variable Map<String, Object> obligation) {
        String marker = "notice-run/" + job.getKey();
        OptionalLong earlier = started.instanceOf(incidentId, marker);
        if (earlier.isPresent()) {
            return Map.of("noticeRunId", earlier.getAsLong());
        }
        ApprovedLetter letter = letters.approvedLetter(letterVersionId);
        if (!started.claim(incidentId, marker, clock.instant())) {
            // an earlier attempt died between claiming and recording its run: an incident for a person to check
            throw new IllegalStateException("Expected no earlier attempt of job " + job.getKey()
                    + ", but one claimed the run and recorded none; check the notice runs of incident " + incidentId);
        }
        NoticeRun run = dispatch.startRun(cohort(cohortId), letter, dispatch.defaultWave(), incidentId,
                preparedBy(incidentId, obligation));
        started.started(incidentId, marker, run.id());
        return Map.of("noticeRunId", run.id());
    }

    /** The officer who prepared the wave is the one who starts its run; the process itself when unknown. */
    private String preparedBy(String incidentId, Map<String, Object> obligation) {
        if (obligation == null || !(obligation.get("key") instanceof String key)) {
            return SYSTEM;
        }
        try {
            return forms.last(incidentId, "prepare-wave", key).author();
        } catch (IllegalStateException noForm) {
            return SYSTEM;
        }
    }

    private static long cohort(String cohortId) {
        if (cohortId == null || !cohortId.strip().matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("Expected cohortId to be a whole number, but it is '" + cohortId + "'");
        }
        return Long.parseLong(cohortId.strip());
    }
}
