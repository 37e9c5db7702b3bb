package io.breachflow.notices;

import io.breachflow.documents.DocumentKind;
import io.breachflow.documents.DocumentRevisions;
import io.breachflow.documents.DocumentSupersededException;
import io.breachflow.notices.LetterNotApprovedException.Reason;
import io.breachflow.notices.internal.LetterRenderer;
import java.util.OptionalLong;

/**
 * The one gate every run passes before anything is sent: the letter must name a version legal approved
 * ({@code <template>@v<id>}), the version field must be that id, the content hash the approved one, and
 * the version's files and fields must still hash to it. There is no other way to send, so there is
 * nothing to switch off.
 */
final class ApprovedLetterCheck {

    private final LetterVersions versions;
    private final LetterRenderer letters;
    private final DocumentRevisions revisions;

    ApprovedLetterCheck(LetterVersions versions, LetterRenderer letters, DocumentRevisions revisions) {
        this.versions = versions;
        this.letters = letters;
        this.revisions = revisions;
    }

    /**
     * Records that the version is being sent, so no later revision can supersede it (a run in progress
     * continues; people added later get a wave of their own).
     *
     * @throws LetterNotApprovedException when a revision superseded it first
     */
    void markSent(ApprovedLetter letter) {
        long versionId = LetterRenderer.versionId(letter.template()).orElseThrow();
        try {
            revisions.use(DocumentKind.LETTER, versionId);
        } catch (DocumentSupersededException superseded) {
            throw refused(Reason.SUPERSEDED, superseded.getMessage());
        }
    }

    /** @throws LetterNotApprovedException naming what is not approved */
    void verify(ApprovedLetter letter) {
        OptionalLong id = LetterRenderer.versionId(letter.template());
        if (id.isEmpty()) {
            throw refused(Reason.NO_VERSION, "Expected the letter to name an approved version such as "
                    + letter.template() + "@v42, but " + letter.template() + " names no version");
        }
        long versionId = id.getAsLong();
        LetterVersion version = versions.find(versionId).orElseThrow(() -> refused(Reason.UNKNOWN_VERSION,
                "Expected letter version " + versionId + " to exist, but there is none"));
        if (version.status() == ApprovalStatus.SUPERSEDED) {
            throw refused(Reason.SUPERSEDED, revisions.find(DocumentKind.LETTER, versionId)
                    .map(stamp -> new DocumentSupersededException(stamp).getMessage())
                    .orElse("Expected letter version " + versionId + " to be current, but a revision superseded it"));
        }
        if (version.status() != ApprovalStatus.APPROVED) {
            throw refused(Reason.NOT_APPROVED, "Expected letter version " + versionId + " to be APPROVED, but it is "
                    + version.status());
        }
        if (!version.template().equals(LetterRenderer.templateOf(letter.template()))) {
            throw refused(Reason.TEMPLATE_MISMATCH, "Expected letter version " + versionId + " to be of template "
                    + LetterRenderer.templateOf(letter.template()) + ", but it is of " + version.template());
        }
        if (!String.valueOf(versionId).equals(letter.version())) {
            throw refused(Reason.VERSION_MISMATCH, "Expected version " + versionId + " (the @v" + versionId
                    + " of the template), but the request names version " + letter.version());
        }
        if (!version.contentHash().equals(letter.contentHash())) {
            throw refused(Reason.HASH_MISMATCH, "Expected letter " + letter.template() + " to hash to the approved "
                    + version.contentHash() + ", but the request names " + letter.contentHash());
        }
        String actual = letters.contentHash(letter.template());
        if (!actual.equals(version.contentHash())) {
            throw refused(Reason.FILES_CHANGED, "Expected letter " + letter.template() + " to hash to the approved "
                    + version.contentHash() + ", but its files hash to " + actual + "; draft and approve a new version");
        }
    }

    private static LetterNotApprovedException refused(Reason reason, String message) {
        return new LetterNotApprovedException(reason, message);
    }
}
