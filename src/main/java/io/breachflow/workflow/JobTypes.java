package io.breachflow.workflow;

/**
 * The job types Breachflow's BPMN uses, one scheme ({@code breach.<verb-noun>}), so models, workers
 * and element templates cannot drift apart on spelling.
 */
public final class JobTypes {

    public static final String DETERMINE_OBLIGATIONS = "breach.determine-obligations";
    public static final String RECORD_TRIAGE = "breach.record-triage";
    public static final String RECORD_REVISION = "breach.record-revision";
    public static final String RECORD_SUBMISSION = "breach.record-submission";
    public static final String SEND_REMINDER = "breach.send-reminder";
    public static final String ESCALATE_DEADLINE = "breach.escalate-deadline";
    public static final String RECORD_ASSESSMENT = "breach.record-assessment";
    public static final String START_NOTICE_RUN = "breach.start-notice-run";
    public static final String RECORD_NOTICE_SENT = "breach.record-notice-sent";
    public static final String CLOSE_INCIDENT = "breach.close-incident";
    public static final String RENDER_REPORT = "breach.render-report";
    public static final String DECIDE_REPORT = "breach.decide-report";
    public static final String RENDER_NOTICE = "breach.render-notice";
    public static final String DECIDE_NOTICE = "breach.decide-notice";
    public static final String PACKAGE_EVIDENCE = "breach.package-evidence";
    /** Re-notice ({@code bpmn/renotice.bpmn}): hands the corrected letter drafted for the order to approval. */
    public static final String DRAFT_RENOTICE = "breach.draft-renotice";
    /** Re-notice: sends the approved corrected letter to the earlier run's people. */
    public static final String START_RENOTICE_RUN = "breach.start-renotice-run";

    /**
     * The {@code creating} task listener of every Camunda user task in Breachflow's models: hands the task to the
     * inbox before the engine finishes creating it.
     */
    public static final String TASK_CREATED = "breach.task-created";

    /**
     * The job Camunda 8 creates for a job-based user task (a {@code bpmn:userTask} without {@code zeebe:userTask}):
     * Breachflow's models no longer have any, but instances started before issue 20 still wait in them.
     */
    public static final String USER_TASK = "io.camunda.zeebe:userTask";

    private JobTypes() {
    }
}
