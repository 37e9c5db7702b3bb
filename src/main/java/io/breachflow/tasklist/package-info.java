/**
 * Human tasks: the inbox of every person, claiming, forms and completion with four-eyes checks.
 * Tasks arrive from {@code workflow} through {@link io.breachflow.tasklist.HumanTasks#open(NewHumanTask)}
 * as process-agnostic records; completing one publishes {@link io.breachflow.tasklist.HumanTaskCompleted},
 * which {@code workflow} turns into a job completion. The REST API is {@code /api/tasks}.
 */
package io.breachflow.tasklist;
