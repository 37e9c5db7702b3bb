package io.breachflow.audit;

import java.util.List;

/**
 * Walks the chain in batches, recomputing every hash; stops at the first link that does not check out.
 * It checks the chain up to the head as read at the start: links appended while it walks are left for
 * the next run, so concurrent appends never look like a break, while a removed tail still does.
 */
final class ChainVerifier {

    private final AuditEntries entries;

    ChainVerifier(AuditEntries entries) {
        this.entries = entries;
    }

    AuditVerification verify(int batch) {
        AuditEntries.Head head = entries.head();
        long expectedSequence = 1;
        String previousHash = ChainHash.GENESIS;
        List<AuditEntries.Link> links = entries.after(0, head.sequence(), batch);
        while (!links.isEmpty()) {
            for (AuditEntries.Link link : links) {
                String problem = check(link, expectedSequence, previousHash);
                if (problem != null) {
                    return AuditVerification.broken(expectedSequence - 1, link.entry().sequence(), problem);
                }
                previousHash = link.entry().hash();
                expectedSequence++;
            }
            links = entries.after(expectedSequence - 1, head.sequence(), batch);
        }
        long last = expectedSequence - 1;
        if (head.sequence() != last || !head.hash().equals(previousHash)) {
            return AuditVerification.broken(last, last + 1, "Expected the chain to end at sequence "
                    + head.sequence() + " with hash " + head.hash() + ", but it ends at " + last);
        }
        return AuditVerification.ok(last);
    }

    private static String check(AuditEntries.Link link, long expectedSequence, String previousHash) {
        AuditEntry entry = link.entry();
        if (entry.sequence() != expectedSequence) {
            return "Expected sequence " + expectedSequence + ", but found " + entry.sequence()
                    + " (a link is missing)";
        }
        if (!previousHash.equals(link.previousHash())) {
            return "Expected previous hash " + previousHash + ", but the link names " + link.previousHash();
        }
        String recomputed = ChainHash.of(previousHash, entry.sequence(), entry.at(), entry.actor(),
                entry.action(), entry.incidentId(), entry.detail());
        if (!recomputed.equals(entry.hash())) {
            return "Expected hash " + recomputed + " over the stored fields, but the link stores " + entry.hash()
                    + " (the entry was changed)";
        }
        return null;
    }
}
