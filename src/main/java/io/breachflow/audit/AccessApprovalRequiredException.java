package io.breachflow.audit;

/**
 * Refuses a personal-data read of {@code kind} by {@code actor} while an alarm about their mass access is
 * open and no second person approved one more access. Answered as 403 (problem+json on the API, a page
 * in the browser) by {@code AccessGateInterceptor}.
 */
public class AccessApprovalRequiredException extends RuntimeException {

    private final String actor;
    private final AccessKind kind;
    private final long alarmId;

    public AccessApprovalRequiredException(String actor, AccessKind kind, long alarmId) {
        super("Expected no open mass-access alarm for this user's " + kind + " reads, but alarm " + alarmId
                + " is open; a second person must approve");
        this.actor = actor;
        this.kind = kind;
        this.alarmId = alarmId;
    }

    public String actor() {
        return actor;
    }

    public AccessKind kind() {
        return kind;
    }

    public long alarmId() {
        return alarmId;
    }
}
