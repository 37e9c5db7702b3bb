package io.breachflow.audit;

/**
 * The outcome of walking the whole audit trail: either every link checks out, or the first broken one
 * with what is wrong with it. A verifier stops at the first break because every later hash depends on it.
 *
 * @param intact true when every link's hash, sequence and previous hash check out and the head names the last link
 * @param checked how many links were checked
 * @param brokenAt the sequence of the first broken link, or null when intact
 * @param problem what is wrong there ("Expected …, but …"), or null when intact
 */
public record AuditVerification(boolean intact, long checked, Long brokenAt, String problem) {

    static AuditVerification ok(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification broken(long checked, long sequence, String problem) {
        return new AuditVerification(false, checked, sequence, problem);
    }

    /** One line for people and scripts: {@code OK …} or {@code BROKEN at …}. */
    public String summary() {
        return intact ? "OK " + checked + " entries verified"
                : "BROKEN at sequence " + brokenAt + ": " + problem;
    }
}
