package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier against an insider who owns the database but not the key: every way of changing the stored
 * chain (a plain edit, a rewrite recomputed without the key, a truncation with the head moved back, a
 * deletion) is reported at the first affected sequence, and so is an edited checkpoint file; entries
 * written before keyed links, and entries keyed with a rotated-out key, still verify.
 */
class ChainVerifierTests {

    private static final String KEY = "a-test-audit-key-of-at-least-32-characters";
    private static final String OLD_KEY = "the-previous-audit-key-also-32-characters";
    private static final Instant AT = Instant.parse("2026-12-06T09:00:00.123456Z");

    @TempDir
    Path dir;

    private final AuditKeys keys = new AuditKeys(KEY, List.of(OLD_KEY));
    private final FakeEntries entries = new FakeEntries();

    @Test
    void aKeyedChainVerifiesAndAgainstItsCheckpoint() {
        entries.appendKeyed(keys, 5);
        AuditCheckpoints checkpoints = checkpoints();
        checkpoint(checkpoints);
        entries.appendKeyed(keys, 2);

        AuditVerification verification = verifier(checkpoints).verify(3).verification();

        assertThat(verification.summary()).isEqualTo("OK 7 entries verified, last checkpoint at sequence 5");
    }

    @Test
    void aPlainEditIsReportedAtTheChangedEntry() {
        entries.appendKeyed(keys, 5);
        entries.replace(3, link -> withDetail(link, "approved=true"));

        AuditVerification verification = verifier(checkpoints()).verify(100).verification();

        assertThat(verification.brokenAt()).isEqualTo(3);
        assertThat(verification.problem()).contains("the entry was changed");
    }

    @Test
    void aRewriteRecomputedWithPlainSha256IsReportedAtItsFirstEntry() {
        entries.appendKeyed(keys, 6);
        entries.rewriteWithoutKeyFrom(4, "approved=true");

        AuditVerification verification = verifier(checkpoints()).verify(100).verification();

        assertThat(verification.brokenAt()).isEqualTo(4);
        assertThat(verification.problem()).contains("recomputed without the key");
    }

    @Test
    void aWholeChainRecomputedWithPlainSha256IsReportedAtTheFirstEntryThatWasKeyed() {
        entries.appendLegacy(2);
        entries.appendKeyed(keys, 4);
        AuditCheckpoints checkpoints = checkpoints();
        checkpoint(checkpoints);
        entries.rewriteWithoutKeyFrom(1, "approved=true");

        AuditVerification verification = verifier(checkpoints).verify(100).verification();

        assertThat(verification.brokenAt()).as("links 1-2 were plain before the upgrade; 3 was keyed").isEqualTo(3);
    }

    @Test
    void aTruncationWithTheHeadMovedBackIsReportedAtTheFirstLostSequence() {
        entries.appendKeyed(keys, 8);
        AuditCheckpoints checkpoints = checkpoints();
        checkpoint(checkpoints);
        entries.truncateAfter(5);

        AuditVerification verification = verifier(checkpoints).verify(100).verification();

        assertThat(verification.brokenAt()).isEqualTo(6);
        assertThat(verification.problem()).contains("as checkpointed").contains("ends at 5");
    }

    @Test
    void aDeletedEntryIsReportedAtItsOwnSequence() {
        entries.appendKeyed(keys, 6);
        entries.delete(4);

        AuditVerification verification = verifier(checkpoints()).verify(2).verification();

        assertThat(verification.brokenAt()).isEqualTo(4);
        assertThat(verification.problem()).contains("Expected sequence 4").contains("a link is missing");
    }

    @Test
    void aDeletionRenumberedAndRechainedCannotBeKeyedAgainWithoutTheKey() {
        entries.appendKeyed(keys, 6);
        entries.deleteAndRenumber(4);

        AuditVerification verification = verifier(checkpoints()).verify(100).verification();

        assertThat(verification.brokenAt()).isEqualTo(4);
    }

    @Test
    void entriesFromBeforeTheUpgradeAndFromARotatedKeyStillVerify() {
        entries.appendLegacy(3);
        entries.appendKeyed(new AuditKeys(OLD_KEY, List.of()), 2);
        entries.appendKeyed(keys, 2);

        assertThat(verifier(checkpoints()).verify(2).verification().summary()).isEqualTo("OK 7 entries verified");
        assertThat(new ChainVerifier(entries, new AuditKeys(KEY, List.of()), checkpoints()).verify(100)
                .verification().problem()).as("without the old key").contains("names key "
                + new AuditKeys(OLD_KEY, List.of()).currentId());
    }

    @Test
    void anEditedCheckpointFileIsReported() throws Exception {
        entries.appendKeyed(keys, 4);
        AuditCheckpoints checkpoints = checkpoints();
        checkpoint(checkpoints);
        Files.writeString(checkpoints.file(), Files.readString(checkpoints.file()).replace("\"sequence\":4", "\"sequence\":3"));

        AuditVerification verification = verifier(checkpoints).verify(100).verification();

        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).contains("line 1 of the checkpoint file").contains("was edited");
    }

    private AuditCheckpoints checkpoints() {
        return new AuditCheckpoints(new AuditProperties(null, null, List.of(), dir.resolve("checkpoints.log"),
                Duration.ofMinutes(15), null, null, null), keys);
    }

    private void checkpoint(AuditCheckpoints checkpoints) {
        ChainVerifier.Result result = verifier(checkpoints).verify(100);
        assertThat(result.verification().intact()).isTrue();
        checkpoints.append(checkpoints.sign(result.verification().checked(), result.headHash(), AT,
                result.legacyUpTo()));
    }

    private ChainVerifier verifier(AuditCheckpoints checkpoints) {
        return new ChainVerifier(entries, keys, checkpoints);
    }

    private static AuditEntries.Link withDetail(AuditEntries.Link link, String detail) {
        AuditEntry e = link.entry();
        return new AuditEntries.Link(new AuditEntry(e.sequence(), e.at(), e.actor(), e.action(), e.incidentId(),
                detail, e.hash()), link.previousHash(), link.scheme(), link.keyId());
    }

    /** The two tables in memory, and what an insider with write access to them could do. */
    static final class FakeEntries extends AuditEntries {

        private final List<Link> links = new ArrayList<>();
        private Head head = new Head(0, ChainHash.GENESIS);

        FakeEntries() {
            super(null);
        }

        @Override
        Head head() {
            return head;
        }

        @Override
        List<Link> after(long sequence, long last, int limit) {
            return links.stream().filter(l -> l.entry().sequence() > sequence && l.entry().sequence() <= last)
                    .limit(limit).toList();
        }

        void appendKeyed(AuditKeys with, int count) {
            for (int i = 0; i < count; i++) {
                long sequence = head.sequence() + 1;
                String hash = ChainHash.keyed(with, with.currentId(), head.hash(), sequence, AT, "dpo", "TEST",
                        null, "n=" + sequence).orElseThrow();
                add(new Link(new AuditEntry(sequence, AT, "dpo", "TEST", null, "n=" + sequence, hash), head.hash(),
                        HMAC, with.currentId()));
            }
        }

        void appendLegacy(int count) {
            for (int i = 0; i < count; i++) {
                long sequence = head.sequence() + 1;
                add(plain(sequence, head.hash(), "n=" + sequence));
            }
        }

        private static Link plain(long sequence, String previous, String detail) {
            String hash = ChainHash.of(previous, sequence, AT, "dpo", "TEST", null, detail);
            return new Link(new AuditEntry(sequence, AT, "dpo", "TEST", null, detail, hash), previous, SHA256, null);
        }

        private void add(Link link) {
            links.add(link);
            head = new Head(link.entry().sequence(), link.entry().hash());
        }

        void replace(long sequence, java.util.function.UnaryOperator<Link> change) {
            links.replaceAll(l -> l.entry().sequence() == sequence ? change.apply(l) : l);
        }

        /** Changes one entry and recomputes it and every later link and the head, as plain SHA-256. */
        void rewriteWithoutKeyFrom(long sequence, String detail) {
            List<Link> kept = new ArrayList<>(links.stream().filter(l -> l.entry().sequence() < sequence).toList());
            List<Link> rewritten = links.stream().filter(l -> l.entry().sequence() >= sequence).toList();
            links.clear();
            head = kept.isEmpty() ? new Head(0, ChainHash.GENESIS)
                    : new Head(kept.get(kept.size() - 1).entry().sequence(), kept.get(kept.size() - 1).entry().hash());
            kept.forEach(links::add);
            for (Link l : rewritten) {
                add(plain(l.entry().sequence(), head.hash(),
                        l.entry().sequence() == sequence ? detail : l.entry().detail()));
            }
        }

        void truncateAfter(long sequence) {
            links.removeIf(l -> l.entry().sequence() > sequence);
            Link last = links.get(links.size() - 1);
            head = new Head(last.entry().sequence(), last.entry().hash());
        }

        void delete(long sequence) {
            links.removeIf(l -> l.entry().sequence() == sequence);
        }

        /** Deletes an entry, renumbers the later ones and chains them to their new predecessors. */
        void deleteAndRenumber(long sequence) {
            List<Link> later = links.stream().filter(l -> l.entry().sequence() > sequence).toList();
            truncateAfter(sequence - 1);
            for (Link l : later) {
                AuditEntry e = l.entry();
                add(new Link(new AuditEntry(e.sequence() - 1, e.at(), e.actor(), e.action(), e.incidentId(),
                        e.detail(), e.hash()), head.hash(), l.scheme(), l.keyId()));
            }
        }
    }
}
