/**
 * Breach processes: deploys {@code bpmn/}, starts and correlates process instances on other modules'
 * events, runs the thin job workers, and bridges job-based user tasks to {@code tasklist}. The only
 * module that imports {@code io.camunda.client}; front door {@link io.breachflow.workflow.BreachProcesses}
 * and {@link io.breachflow.workflow.JobTypes}.
 */
package io.breachflow.workflow;
