-- Issue 20: Breachflow's models use Camunda user tasks (zeebe:userTask) instead of job-based ones. Tasks of
-- instances started before (older process versions) stay job-based until they end, so the workflow module records
-- which tasks in the inbox are Camunda user tasks: those are completed, updated and checked through the user-task
-- commands, the others through their job. created_at gives a task just created on a real cluster the time its
-- secondary storage needs before "not found" is taken to mean "gone".
CREATE TABLE workflow_user_task
(
    user_task_key BIGINT                   NOT NULL PRIMARY KEY,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
