/**
 * Detection, incident intake and case facts: security signals grouped into suspected incidents and
 * their triage decisions ({@link io.breachflow.incidents.Detection}), reported incidents, their immutable
 * fact revisions and the obligations as of the latest recorded revision
 * ({@link io.breachflow.incidents.IncidentIntake}); {@link io.breachflow.incidents.IncidentReported} and {@link io.breachflow.incidents.ScopeRevised}
 * tell {@code workflow} to start and revise the breach process. Facts carry counts and categories only.
 */
package io.breachflow.incidents;
