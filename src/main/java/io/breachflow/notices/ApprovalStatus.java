package io.breachflow.notices;

/**
 * Where a drafted letter version or authority report stands. A draft that passed the required-content
 * check waits for approval; approval and rejection are final, so an approved text never changes and a
 * correction is a new version.
 */
public enum ApprovalStatus {
    PENDING_APPROVAL,
    APPROVED,
    REJECTED,
    /**
     * A scope revision changed the facts it was written from before it was filed or sent: its approval, if
     * it had one, no longer authorises sending it (issue 15); a redraft is the next version.
     */
    SUPERSEDED
}
