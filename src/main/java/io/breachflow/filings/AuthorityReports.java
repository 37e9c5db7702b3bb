package io.breachflow.filings;

import io.breachflow.filings.internal.ReportContentRules;
import io.breachflow.filings.internal.ReportTemplates;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.MissingRequiredContentException;
import io.breachflow.notices.PdfPrinter;
import io.breachflow.notices.RequiredItem;
import io.breachflow.regimes.ObligationKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import io.breachflow.documents.DocumentKind;
import io.breachflow.documents.DocumentRevisions;
import io.breachflow.documents.DocumentSupersededException;

/**
 * The front door for authority reports: draft (required content checked, rendered to HTML and stored
 * with its SHA-256), approve under four eyes bound to that hash, reject, and print to PDF.
 *
 * <p>Contract: a draft's fields, HTML and hash never change; the decision happens once; the drafter
 * never approves their own draft; a correction or supplementary report is a new draft with the next
 * number; only an approved report whose stored HTML still hashes to its approved hash is handed out for
 * filing. Publishes {@link ReportDrafted}, {@link ReportApproved}, {@link ReportRejected} and
 * {@link ReportFilingRefused}.
 */
@Service
public class AuthorityReports {

    private final Reports reports;
    private final ReportTemplates templates;
    private final ApplicationEventPublisher events;
    private final DocumentRevisions revisions;
    private final Clock clock;

    AuthorityReports(Reports reports, ReportTemplates templates, ApplicationEventPublisher events,
            DocumentRevisions revisions, ObjectProvider<Clock> clock) {
        this.reports = reports;
        this.templates = templates;
        this.events = events;
        this.revisions = revisions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Checks the regime's required content, renders the report and stores it pending approval.
     *
     * @throws MissingRequiredContentException naming every missing item; nothing is stored
     * @throws IllegalArgumentException when the request is incomplete or no template covers it
     */
    @Transactional
    public ReportDraft draft(ReportRequest request) {
        Map<String, String> fields = ReportCheck.fields(request);
        MissingRequiredContentException.check("the " + request.regime() + " " + request.kind() + " report",
                ReportContentRules.forReport(request.regime(), request.kind()), fields);
        String template = templates.resolve(request.regime(), request.kind(), request.language());
        int number = reports.nextNumber(request.incidentId(), request.obligationKey());
        String html = templates.render(template, fields, Map.of("kind", request.kind().name(),
                "recipient", request.recipient(), "regime", request.regime(),
                "reference", request.incidentId() + " / " + number));
        PdfPrinter.requirePrintable("the " + request.regime() + " " + request.kind() + " report", html);
        PdfPrinter.print(html);
        ReportDraft draft = new ReportDraft(0, request.incidentId(), request.obligationKey(), request.regime(),
                request.kind(), request.recipient(), request.language(), number, fields, template, html, sha256(html),
                ApprovalStatus.PENDING_APPROVAL, request.drafter(), clock.instant(), null, null, null);
        long id = reports.insert(draft);
        events.publishEvent(new ReportDrafted(id, draft.incidentId(), draft.obligationKey(), draft.regime(),
                draft.kind(), number, draft.contentHash(), draft.draftedBy()));
        return reports.find(id).orElseThrow();
    }

    /** The items a report of {@code kind} under {@code regime} must contain, each with its citation. */
    public List<RequiredItem> requiredItems(String regime, ObligationKind kind) {
        return ReportContentRules.forReport(regime, kind);
    }

    /**
     * The fields a report under {@code regime} shows when given although no rule requires them, e.g. the number of
     * Californians on the California Attorney General's sample-copy report.
     */
    public List<String> alsoShown(String regime) {
        return ReportContentRules.alsoShown(regime);
    }

    /**
     * The report as {@link #draft} would render it, stored nowhere and not checked for required content:
     * the drafting desk's live preview. The reference reads "preview".
     *
     * @throws IllegalArgumentException when the request is malformed or no template covers it
     */
    public String preview(ReportRequest request) {
        Map<String, String> fields = ReportCheck.fields(request);
        String template = templates.resolve(request.regime(), request.kind(), request.language());
        return templates.render(template, fields, Map.of("kind", request.kind().name(),
                "recipient", request.recipient(), "regime", request.regime(),
                "reference", request.incidentId() + " / preview"));
    }

    /**
     * Approves a pending draft as {@code approver}, bound to the hash the approver reviewed.
     *
     * @throws IllegalStateException when the draft is not pending, the approver drafted it, or the hash
     *     is not the draft's
     */
    @Transactional
    public ReportDraft approve(long draftId, String approver, String contentHash) {
        ReportDraft draft = pending(draftId);
        if (draft.draftedBy().equals(approver)) {
            throw new IllegalStateException("Expected an approver other than the drafter of report " + draftId
                    + " (four eyes), but " + approver + " drafted it");
        }
        if (!draft.contentHash().equals(contentHash)) {
            throw new IllegalStateException("Expected approval of report " + draftId + " to be bound to its content hash "
                    + draft.contentHash() + ", but it names " + contentHash);
        }
        reports.decide(draftId, ApprovalStatus.APPROVED, approver, clock.instant(), null);
        events.publishEvent(new ReportApproved(draftId, draft.incidentId(), draft.obligationKey(), draft.regime(),
                draft.kind(), draft.number(), draft.contentHash(), approver));
        return reports.find(draftId).orElseThrow();
    }

    /** Rejects a pending draft with the reviewer's comment; the correction is a new draft. */
    @Transactional
    public ReportDraft reject(long draftId, String reviewer, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("Expected a comment saying why report " + draftId
                    + " is rejected, but there is none");
        }
        ReportDraft draft = pending(draftId);
        reports.decide(draftId, ApprovalStatus.REJECTED, reviewer, clock.instant(), comment.strip());
        events.publishEvent(new ReportRejected(draftId, draft.incidentId(), draft.obligationKey(), reviewer,
                comment.strip()));
        return reports.find(draftId).orElseThrow();
    }

    public Optional<ReportDraft> find(long draftId) {
        return reports.find(draftId);
    }

    /** Every report draft of the incident, by obligation and number. */
    public List<ReportDraft> forIncident(String incidentId) {
        return reports.forIncident(incidentId);
    }

    /**
     * The report to send to the authority: only an APPROVED report whose stored HTML still hashes to the
     * content hash legal approved. Any other is refused and published as {@link ReportFilingRefused} naming
     * {@code filedBy}. Call it outside a transaction (as job workers do), so a refusal is audited although the
     * caller fails.
     *
     * @throws IllegalStateException when the report is not approved or its HTML no longer hashes to its hash
     * @throws NoSuchElementException when there is no such report
     */
    public ReportDraft approvedForFiling(long draftId, String filedBy) {
        ReportDraft report = reports.find(draftId).orElseThrow(() -> notFound(draftId));
        String actual = sha256(report.html());
        if (report.status() == ApprovalStatus.SUPERSEDED) {
            String message = revisions.find(DocumentKind.REPORT, draftId)
                    .map(stamp -> new DocumentSupersededException(stamp).getMessage())
                    .orElse("Expected report " + draftId + " to be current, but a revision superseded it");
            throw refused(report, "SUPERSEDED", filedBy, message);
        }
        if (report.status() != ApprovalStatus.APPROVED) {
            throw refused(report, "NOT_APPROVED", filedBy, "Expected report " + draftId + " to be APPROVED before "
                    + "it is filed, but it is " + report.status());
        }
        if (!actual.equals(report.contentHash())) {
            throw refused(report, "HASH_MISMATCH", filedBy, "Expected report " + draftId + " to hash to the approved "
                    + report.contentHash() + ", but its stored HTML hashes to " + actual);
        }
        return report;
    }

    private IllegalStateException refused(ReportDraft report, String reason, String filedBy, String message) {
        events.publishEvent(new ReportFilingRefused(report.id(), report.incidentId(), report.obligationKey(), reason,
                filedBy));
        return new IllegalStateException(message);
    }

    /**
     * Marks a pending or approved report overtaken by a scope revision (the caller records which revision in
     * {@code documents}): it can no longer be approved or filed, and the redraft is the next draft.
     *
     * @return whether it was pending or approved
     */
    @Transactional
    public boolean supersede(long draftId) {
        return reports.supersede(draftId);
    }

    /** The draft's stored HTML printed to PDF, for the authority's portal or the file. */
    public byte[] pdf(long draftId) {
        return PdfPrinter.print(reports.find(draftId).orElseThrow(() -> notFound(draftId)).html());
    }

    private ReportDraft pending(long draftId) {
        ReportDraft draft = reports.lock(draftId).orElseThrow(() -> notFound(draftId));
        if (draft.status() != ApprovalStatus.PENDING_APPROVAL) {
            throw new IllegalStateException("Expected report " + draftId + " to be PENDING_APPROVAL, but it is "
                    + draft.status() + "; approved and rejected reports never change");
        }
        return draft;
    }

    private static NoSuchElementException notFound(long draftId) {
        return new NoSuchElementException("Expected report " + draftId + ", but there is none");
    }

    static String sha256(String html) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(html.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
