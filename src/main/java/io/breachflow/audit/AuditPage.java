package io.breachflow.audit;

import java.util.List;

/** One page of audit entries, newest first, with the total matching the filter. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
