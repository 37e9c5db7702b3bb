/**
 * Incident intake and case facts: reported incidents, their immutable fact revisions and the
 * obligations as of the latest recorded revision. {@link io.breachflow.incidents.IncidentIntake} is the
 * front door; {@link io.breachflow.incidents.IncidentReported} and {@link io.breachflow.incidents.ScopeRevised}
 * tell {@code workflow} to start and revise the breach process. Facts carry counts and categories only.
 */
package io.breachflow.incidents;
