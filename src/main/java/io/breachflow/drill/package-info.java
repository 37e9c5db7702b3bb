/**
 * Drill mode: a tabletop exercise on the real breach processes, run only in the {@code drill} profile against a
 * database, engine and mailbox of its own, with the engine's clock controlled. An administrator picks a
 * {@link io.breachflow.drill.Scenario}, which reports its incident through the real intake; the team works the
 * inbox as in a real case while the administrator sets the pace or steps the clock ({@link io.breachflow.drill.Drills}).
 * Every page, letter, report and mail says DRILL, nothing leaves the embedded mailbox, and the end of a drill
 * writes its report (obligations met or missed with their margin, who did what and how long it took, reminders
 * and escalations), kept in the breach register as a drill. The clock moves only through
 * {@code workflow.EngineClockControl}, as on a Camunda cluster with a controlled clock.
 */
package io.breachflow.drill;
