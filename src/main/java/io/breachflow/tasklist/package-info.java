/**
 * Human tasks: the inbox of every person, claiming, forms and completion with four-eyes checks.
 * Tasks arrive from {@code workflow} through {@link io.breachflow.tasklist.HumanTasks#open(NewHumanTask)}
 * as process-agnostic records; completing one publishes {@link io.breachflow.tasklist.HumanTaskCompleted},
 * which {@code workflow} turns into a user-task completion. The REST API is {@code /api/tasks}. Approval tasks
 * show the document under approval through {@link io.breachflow.tasklist.ApprovalDocuments}, implemented
 * by a module that knows where documents are kept, so this module never depends on notices or filings.
 */
package io.breachflow.tasklist;
