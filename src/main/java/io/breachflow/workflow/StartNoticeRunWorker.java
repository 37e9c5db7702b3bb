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

    private final NoticeDispatch dispatch;
    private final NoticeDrafting letters;
    private final ProcessInstances started;
    private final Clock clock;

    StartNoticeRunWorker(NoticeDispatch dispatch, NoticeDrafting letters, ProcessInstances started,
            ObjectProvider<Clock> clock) {
        this.dispatch = dispatch;
        this.letters = letters;
        this.started = started;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.START_NOTICE_RUN)
    public Map<String, Object> start(ActivatedJob job, @Variable String incidentId, @Variable String cohortId,
            @Variable Long letterVersionId) {
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
        NoticeRun run = dispatch.startRun(Long.parseLong(cohortId), letter, dispatch.defaultWave(), incidentId);
        started.started(incidentId, marker, run.id());
        return Map.of("noticeRunId", run.id());
    }
}
