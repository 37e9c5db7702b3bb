package io.breachflow.notices;

import io.breachflow.notices.internal.LetterContentRules;
import io.breachflow.notices.internal.LetterParts;
import io.breachflow.notices.internal.LetterRenderer;
import io.breachflow.notices.internal.LetterVersionSource;
import io.breachflow.regimes.ObligationKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The front door for letter versions: draft a letter for an incident (every language rendered, the
 * regime's required content checked), approve it under four eyes bound to its content hash, and hand
 * the approved version to {@link NoticeDispatch#startRun}.
 *
 * <p>Contract: a version's fields and content hash never change once drafted; approval and rejection
 * happen once; the drafter never approves their own version; a correction is a new version with the next
 * number, needing its own approval. Dispatch renders only approved versions, whose files and fields
 * still hash to the approved hash. Publishes {@link NoticeVersionDrafted}, {@link NoticeVersionApproved}
 * and {@link NoticeVersionRejected}.
 */
@Service
public class NoticeDrafting {

    private final LetterVersions versions;
    private final LetterRenderer renderer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeDrafting(LetterVersions versions, LetterRenderer renderer, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.versions = versions;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        renderer.useVersions(id -> versions.find(id).map(v -> new LetterVersionSource.Content(v.template(),
                v.languages(), v.fields(), v.status() == ApprovalStatus.APPROVED, v.status().name())));
    }

    /**
     * Renders every language, checks the regime's required content and stores the next version, pending
     * approval.
     *
     * @throws MissingRequiredContentException naming every missing item; nothing is stored
     * @throws IllegalArgumentException when the request is incomplete or no template covers a language
     */
    @Transactional
    public LetterVersion draft(LetterDraftRequest request) {
        DraftCheck draft = DraftCheck.of(request);
        String template = draft.template(renderer, request);
        List<RequiredItem> rules = requiredItems(request.regime(), request.kind());
        for (String language : draft.languages()) {
            MissingRequiredContentException.check("the " + request.regime() + " " + request.kind() + " draft in "
                    + language, rules, LetterFields.forLanguage(draft.fields(), language));
        }
        for (String language : draft.languages()) {
            // every language renders and prints, and prints every character (no '#' in the approval PDF)
            LetterParts parts = renderer.render(template, language, LetterFields.forLanguage(draft.fields(), language),
                    null, null, "PREVIEW");
            PdfPrinter.requirePrintable("the " + request.regime() + " letter in " + language, parts.printHtml());
            PdfPrinter.print(parts.printHtml());
        }
        String hash = renderer.contentHash(template, draft.languages(), draft.fields());
        LetterVersion version = new LetterVersion(0, request.incidentId(), request.regime(), request.kind(),
                versions.nextNumber(request.incidentId(), request.regime(), request.kind()), draft.languages(),
                draft.fields(), template, hash, ApprovalStatus.PENDING_APPROVAL, request.drafter(), clock.instant(),
                null, null, null);
        long id = versions.insert(version);
        events.publishEvent(new NoticeVersionDrafted(id, version.incidentId(), version.regime(), version.kind(),
                version.number(), hash, version.draftedBy()));
        return versions.find(id).orElseThrow();
    }

    /**
     * Approves a pending version as {@code approver}, bound to the hash the approver reviewed.
     *
     * @throws IllegalStateException when the version is not pending, the approver drafted it, the hash is
     *     not the version's, or the template files changed since drafting
     */
    @Transactional
    public LetterVersion approve(long versionId, String approver, String contentHash) {
        LetterVersion version = pending(versionId);
        if (version.draftedBy().equals(approver)) {
            throw new IllegalStateException("Expected an approver other than the drafter of letter version "
                    + versionId + " (four eyes), but " + approver + " drafted it");
        }
        if (!version.contentHash().equals(contentHash)) {
            throw new IllegalStateException("Expected approval of letter version " + versionId + " to be bound to its "
                    + "content hash " + version.contentHash() + ", but it names " + contentHash);
        }
        String now = renderer.contentHash(version.template(), version.languages(), version.fields());
        if (!now.equals(version.contentHash())) {
            throw new IllegalStateException("Expected the templates of letter version " + versionId + " to be "
                    + "unchanged since drafting, but they now hash to " + now + "; draft a new version");
        }
        versions.decide(versionId, ApprovalStatus.APPROVED, approver, clock.instant(), null);
        events.publishEvent(new NoticeVersionApproved(versionId, version.incidentId(), version.regime(),
                version.kind(), version.number(), version.contentHash(), approver));
        return versions.find(versionId).orElseThrow();
    }

    /** Rejects a pending version with the reviewer's comment; the correction is a new draft. */
    @Transactional
    public LetterVersion reject(long versionId, String reviewer, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Expected a comment saying why letter version " + versionId
                    + " is rejected, but there is none");
        }
        LetterVersion version = pending(versionId);
        versions.decide(versionId, ApprovalStatus.REJECTED, reviewer, clock.instant(), comment.strip());
        events.publishEvent(new NoticeVersionRejected(versionId, version.incidentId(), reviewer, comment.strip()));
        return versions.find(versionId).orElseThrow();
    }

    /**
     * Marks a pending or approved version overtaken by a scope revision (the caller records which revision in
     * {@code documents}): it can no longer be approved or sent, and the redraft is the next version.
     *
     * @return whether it was pending or approved
     */
    @Transactional
    public boolean supersede(long versionId) {
        return versions.supersede(versionId);
    }

    /**
     * What {@link NoticeDispatch#startRun} takes to send this version.
     *
     * @throws IllegalStateException when the version is not approved
     */
    public ApprovedLetter approvedLetter(long versionId) {
        LetterVersion version = require(versionId);
        if (version.status() != ApprovalStatus.APPROVED) {
            throw new IllegalStateException("Expected letter version " + versionId + " to be APPROVED, but it is "
                    + version.status());
        }
        return new ApprovedLetter(LetterRenderer.versionTemplate(version.template(), versionId),
                String.valueOf(versionId), version.contentHash());
    }

    /** The latest approved earlier version of the same incident, regime and kind, for a diff. */
    public Optional<LetterVersion> previousApproved(long versionId) {
        return versions.latestApprovedBefore(require(versionId));
    }

    public Optional<LetterVersion> find(long versionId) {
        return versions.find(versionId);
    }

    /** Every version of the incident's letters, by regime, kind and number. */
    public List<LetterVersion> forIncident(String incidentId) {
        return versions.forIncident(incidentId);
    }

    /**
     * The items a letter of {@code kind} under {@code regime} drafted today must contain in every language, each
     * with its citation: what the drafting desk marks as required before anything is submitted.
     */
    public List<RequiredItem> requiredItems(String regime, ObligationKind kind) {
        return LetterContentRules.forNotice(regime, kind, LocalDate.now(clock));
    }

    /**
     * One language of a letter as it would be drafted from {@code request}, stored nowhere and not checked for
     * required content: the drafting desk's live preview, with the PDF when {@code withPdf}.
     *
     * @throws IllegalArgumentException when the request is malformed or no template covers its languages
     */
    public RenderedLetter previewDraft(LetterDraftRequest request, String language, boolean withPdf) {
        DraftCheck draft = DraftCheck.of(request);
        if (!draft.languages().contains(language)) {
            throw new IllegalArgumentException("Expected one of the languages " + draft.languages() + ", but got "
                    + language);
        }
        return render(draft.template(renderer, request), language, draft, withPdf);
    }

    /** One language of the version as it will be sent (generic greeting, reference {@code PREVIEW}). */
    public RenderedLetter preview(long versionId, String language) {
        return preview(versionId, language, true);
    }

    /** As {@link #preview(long, String)} without printing the PDF ({@code pdf} null): the parts shown on screen. */
    public RenderedLetter previewMail(long versionId, String language) {
        return preview(versionId, language, false);
    }

    private RenderedLetter preview(long versionId, String language, boolean withPdf) {
        LetterVersion version = require(versionId);
        if (!version.languages().contains(language)) {
            throw new IllegalArgumentException("Expected one of the languages " + version.languages()
                    + " of letter version " + versionId + ", but got " + language);
        }
        return render(version.template(), language, new DraftCheck(version.languages(), version.fields()), withPdf);
    }

    private RenderedLetter render(String template, String language, DraftCheck draft, boolean withPdf) {
        LetterParts parts = renderer.render(template, language, LetterFields.forLanguage(draft.fields(), language),
                null, null, "PREVIEW");
        return new RenderedLetter(language, parts.subject(), parts.html(), parts.text(),
                withPdf ? PdfPrinter.print(parts.printHtml()) : null);
    }

    private LetterVersion pending(long versionId) {
        LetterVersion version = versions.lock(versionId).orElseThrow(() -> notFound(versionId));
        if (version.status() != ApprovalStatus.PENDING_APPROVAL) {
            throw new IllegalStateException("Expected letter version " + versionId + " to be PENDING_APPROVAL, but "
                    + "it is " + version.status() + "; approved and rejected versions never change");
        }
        return version;
    }

    private LetterVersion require(long versionId) {
        return versions.find(versionId).orElseThrow(() -> notFound(versionId));
    }

    private static NoSuchElementException notFound(long versionId) {
        return new NoSuchElementException("Expected letter version " + versionId + ", but there is none");
    }
}
