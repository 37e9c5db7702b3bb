/**
 * Human tasks: the inbox of every person, claiming, forms and completion with four-eyes checks.
 * Tasks arrive from {@code workflow} as process-agnostic records; completing one publishes an event
 * that {@code workflow} turns into a job completion. For now it serves the (still empty) inbox page.
 */
package io.breachflow.tasklist;
