package io.breachflow.audit;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail. Entries are written by {@code audit} itself, listening to the other modules'
 * events, so no module can forget to audit or rewrite what it did.
 *
 * <p>Contract (stub until the trail lands): {@link #forIncident} returns the incident's entries, oldest
 * first.
 */
@Service
public class AuditTrail {

    /** The incident's entries, oldest first. */
    public List<AuditEntry> forIncident(String incidentId) {
        return List.of();
    }
}
