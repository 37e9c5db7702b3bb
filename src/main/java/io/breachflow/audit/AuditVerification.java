package io.breachflow.audit;

/**
 * The outcome of walking the whole audit trail: either every link checks out, or the first affected one
 * with what is wrong with it. A verifier stops at the first break because every later hash depends on it.
 *
 * @param intact true when every link's hash, sequence and previous hash check out, the head names the last
 *               link and the chain still holds every checkpoint
 * @param checked how many links were checked
 * @param brokenAt the sequence of the first affected link (changed, missing or cut off), or null when intact
 * @param problem what is wrong there ("Expected …, but …"), or null when intact
 * @param checkpoint the sequence of the last checkpoint the chain was checked against, or null when none
 */
public record AuditVerification(boolean intact, long checked, Long brokenAt, String problem, Long checkpoint) {

    static AuditVerification ok(long checked, Long checkpoint) {
        return new AuditVerification(true, checked, null, null, checkpoint);
    }

    static AuditVerification broken(long checked, long sequence, String problem, Long checkpoint) {
        return new AuditVerification(false, checked, sequence, problem, checkpoint);
    }

    /** One line for people and scripts: {@code OK …} or {@code BROKEN at …}. */
    public String summary() {
        return intact ? "OK " + checked + " entries verified"
                + (checkpoint == null ? "" : ", last checkpoint at sequence " + checkpoint)
                : "BROKEN at sequence " + brokenAt + ": " + problem;
    }
}
