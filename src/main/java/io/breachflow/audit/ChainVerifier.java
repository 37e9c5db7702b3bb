package io.breachflow.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the chain in batches, recomputing every hash, and holds it against the signed checkpoints; stops
 * at the first link that does not check out and names it:
 * <ul>
 * <li>a changed entry: its keyed hash no longer matches (nobody without the key can recompute it);</li>
 * <li>a recomputed rewrite: a plain SHA-256 link where keyed links had begun (or after the last plain link a
 * checkpoint recorded), or a hash that differs from a checkpoint's;</li>
 * <li>a deleted entry: the first missing sequence;</li>
 * <li>a truncation, with or without moving the head back: the chain ends before the last checkpoint, at
 * the first sequence it lost.</li>
 * </ul>
 * It checks the chain up to the head as read at the start, and reads the checkpoints before the head (a
 * checkpoint is only ever written for a chain already verified up to a head no later than the current
 * one), so concurrent appends and checkpoints never look like a break.
 */
final class ChainVerifier {

    /** The verification and, when intact, what a checkpoint of it records. */
    record Result(AuditVerification verification, String headHash, long legacyUpTo) {
    }

    private final AuditEntries entries;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    ChainVerifier(AuditEntries entries, AuditKeys keys, AuditCheckpoints checkpoints) {
        this.entries = entries;
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    Result verify(int batch) {
        List<AuditCheckpoints.Line> lines = checkpoints.lines();
        Map<Long, AuditCheckpoint> checkpointed = new HashMap<>();
        AuditCheckpoint last = null;
        for (AuditCheckpoints.Line line : lines) {
            if (!line.authentic()) {
                long at = line.checkpoint() != null ? line.checkpoint().sequence() : last == null ? 1 : last.sequence() + 1;
                return broken(0, at, "Expected line " + line.number() + " of the checkpoint file " + checkpoints.file()
                        + " to be a checkpoint signed with the audit key, but it is not (the file was edited)", last);
            }
            checkpointed.put(line.checkpoint().sequence(), line.checkpoint());
            if (last == null || line.checkpoint().sequence() >= last.sequence()) {
                last = line.checkpoint();
            }
        }
        long legacyLimit = last == null ? Long.MAX_VALUE : last.legacyUpTo();
        AuditEntries.Head head = entries.head();
        long expectedSequence = 1;
        long legacyUpTo = 0;
        boolean keyedBegun = false;
        String previousHash = ChainHash.GENESIS;
        List<AuditEntries.Link> links = entries.after(0, head.sequence(), batch);
        while (!links.isEmpty()) {
            for (AuditEntries.Link link : links) {
                long sequence = link.entry().sequence();
                long checked = expectedSequence - 1;
                if (sequence != expectedSequence) {
                    return broken(checked, expectedSequence, "Expected sequence " + expectedSequence
                            + ", but the next link is " + sequence + " (a link is missing)", last);
                }
                String problem = check(link, previousHash, keyedBegun, legacyLimit);
                AuditCheckpoint checkpoint = checkpointed.get(sequence);
                if (problem == null && checkpoint != null && !checkpoint.head().equals(link.entry().hash())) {
                    problem = "Expected hash " + checkpoint.head() + " as checkpointed at " + checkpoint.at()
                            + ", but the link stores " + link.entry().hash() + " (rewritten at or before it)";
                }
                if (problem != null) {
                    return broken(checked, sequence, problem, last);
                }
                keyedBegun |= link.keyed();
                legacyUpTo = link.keyed() ? legacyUpTo : sequence;
                previousHash = link.entry().hash();
                expectedSequence++;
            }
            links = entries.after(expectedSequence - 1, head.sequence(), batch);
        }
        long end = expectedSequence - 1;
        if (head.sequence() != end || !head.hash().equals(previousHash)) {
            return broken(end, end + 1, "Expected the chain to end at sequence " + head.sequence() + " with hash "
                    + head.hash() + ", but it ends at " + end, last);
        }
        if (last != null && last.sequence() > end) {
            return broken(end, end + 1, "Expected the chain to reach sequence " + last.sequence()
                    + " as checkpointed at " + last.at() + ", but it ends at " + end
                    + " (entries were removed and the head moved back)", last);
        }
        return new Result(AuditVerification.ok(end, last == null ? null : last.sequence()), previousHash, legacyUpTo);
    }

    private String check(AuditEntries.Link link, String previousHash, boolean keyedBegun, long legacyLimit) {
        AuditEntry entry = link.entry();
        if (!previousHash.equals(link.previousHash())) {
            return "Expected previous hash " + previousHash + ", but the link names " + link.previousHash();
        }
        String recomputed;
        if (link.keyed()) {
            if (!keys.knows(link.keyId())) {
                return "Expected a link keyed with a configured audit key (current or previous), but it names key "
                        + link.keyId();
            }
            recomputed = ChainHash.keyed(keys, link.keyId(), previousHash, entry.sequence(), entry.at(),
                    entry.actor(), entry.action(), entry.incidentId(), entry.detail()).orElseThrow();
        } else {
            if (keyedBegun || entry.sequence() > legacyLimit) {
                return "Expected a keyed link (HMAC-SHA256) after the plain SHA-256 links written before the "
                        + "upgrade, but this one is " + link.scheme() + " (the chain was recomputed without the key)";
            }
            recomputed = ChainHash.of(previousHash, entry.sequence(), entry.at(), entry.actor(), entry.action(),
                    entry.incidentId(), entry.detail());
        }
        if (!recomputed.equals(entry.hash())) {
            return "Expected hash " + recomputed + " over the stored fields, but the link stores " + entry.hash()
                    + " (the entry was changed)";
        }
        return null;
    }

    private static Result broken(long checked, long sequence, String problem, AuditCheckpoint last) {
        return new Result(AuditVerification.broken(checked, sequence, problem, last == null ? null : last.sequence()),
                null, 0);
    }
}
