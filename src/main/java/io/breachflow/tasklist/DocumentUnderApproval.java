package io.breachflow.tasklist;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One immutable document version as an approver must see it: every rendering of its exact text, the
 * content hash the approval binds to, and what changed since the last approved version of the same
 * document, field by field.
 *
 * @param kind a letter to people or a report to an authority
 * @param versionId the version's id in the module that keeps it
 * @param number 1, 2, … per document: a correction is the next number
 * @param contentHash SHA-256 (hex) the approval is bound to
 * @param draftedBy who drafted it (may not approve it)
 * @param draftedAt when
 * @param renderings one per language, the authority's or reader's language first
 * @param previousNumber the number of the last approved earlier version, or null for a first version
 * @param changes every field of this or the previous version, in order
 */
public record DocumentUnderApproval(Kind kind, long versionId, int number, String contentHash, String draftedBy,
        Instant draftedAt, List<Rendering> renderings, Integer previousNumber, List<FieldChange> changes) {

    /** What is being approved. */
    public enum Kind { LETTER, REPORT }

    public DocumentUnderApproval {
        renderings = List.copyOf(renderings);
        changes = List.copyOf(changes);
    }

    /** True when no earlier version was approved, so there is nothing to compare with. */
    public boolean firstVersion() {
        return previousNumber == null;
    }

    /**
     * One language as it will be sent: {@code subject} and {@code text} are null for a report, which has
     * only its HTML (and the PDF printed from it).
     */
    public record Rendering(String language, String subject, String html, String text) {
    }

    /** One field before (null when absent) and now (null when removed). */
    public record FieldChange(String field, String previous, String current) {

        public boolean changed() {
            return !Objects.equals(blankToNull(previous), blankToNull(current));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
