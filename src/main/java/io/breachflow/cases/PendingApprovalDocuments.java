package io.breachflow.cases;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.RenderedLetter;
import io.breachflow.tasklist.ApprovalDocuments;
import io.breachflow.tasklist.DocumentUnderApproval;
import io.breachflow.tasklist.DocumentUnderApproval.FieldChange;
import io.breachflow.tasklist.DocumentUnderApproval.Kind;
import io.breachflow.tasklist.DocumentUnderApproval.Rendering;
import io.breachflow.tasklist.HumanTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the version an approval task is about, so the tasklist can show it without knowing notices or
 * filings: for {@code approve-notice} the incident's latest letter version pending approval of the
 * obligation's regime (obligation keys start with the lower-case regime code, {@code kr-pipa-notice}); for
 * {@code approve-report} the latest report draft pending approval for the obligation itself.
 */
@Component
class PendingApprovalDocuments implements ApprovalDocuments {

    private final NoticeDrafting letters;
    private final AuthorityReports reports;

    PendingApprovalDocuments(NoticeDrafting letters, AuthorityReports reports) {
        this.letters = letters;
        this.reports = reports;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DocumentUnderApproval> forTask(HumanTask task) {
        return switch (task.formKey()) {
            case "approve-notice" -> pendingLetter(task).map(this::letter);
            case "approve-report" -> pendingReport(task).map(this::report);
            default -> Optional.empty();
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> pendingHash(HumanTask task) {
        return switch (task.formKey()) {
            case "approve-notice" -> pendingLetter(task).map(LetterVersion::contentHash);
            case "approve-report" -> pendingReport(task).map(ReportDraft::contentHash);
            default -> Optional.empty();
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(HumanTask task, String language) {
        return switch (task.formKey()) {
            case "approve-notice" -> pendingLetter(task)
                    .filter(version -> version.languages().contains(language))
                    .map(version -> letters.preview(version.id(), language).pdf());
            case "approve-report" -> pendingReport(task)
                    .filter(draft -> language == null || language.isBlank() || draft.language().equals(language))
                    .map(draft -> reports.pdf(draft.id()));
            default -> Optional.empty();
        };
    }

    private Optional<LetterVersion> pendingLetter(HumanTask task) {
        if (task.incidentId() == null || task.subjectKey() == null) {
            return Optional.empty();
        }
        return letters.forIncident(task.incidentId()).stream()
                .filter(version -> version.status() == ApprovalStatus.PENDING_APPROVAL)
                .filter(version -> task.subjectKey().startsWith(version.regime().toLowerCase(Locale.ROOT) + "-"))
                .max(Comparator.comparingLong(LetterVersion::id));
    }

    private Optional<ReportDraft> pendingReport(HumanTask task) {
        if (task.incidentId() == null || task.subjectKey() == null) {
            return Optional.empty();
        }
        return reports.forIncident(task.incidentId()).stream()
                .filter(draft -> draft.status() == ApprovalStatus.PENDING_APPROVAL)
                .filter(draft -> task.subjectKey().equals(draft.obligationKey()))
                .max(Comparator.comparingLong(ReportDraft::id));
    }

    private DocumentUnderApproval letter(LetterVersion version) {
        List<Rendering> renderings = version.languages().stream().map(language -> {
            RenderedLetter letter = letters.previewMail(version.id(), language);
            return new Rendering(language, letter.subject(), letter.html(), letter.text());
        }).toList();
        Optional<LetterVersion> previous = letters.previousApproved(version.id());
        return new DocumentUnderApproval(Kind.LETTER, version.id(), version.number(), version.contentHash(),
                version.draftedBy(), version.draftedAt(), renderings,
                previous.map(LetterVersion::number).orElse(null),
                changes(previous.map(LetterVersion::fields).orElse(null), version.fields()));
    }

    private DocumentUnderApproval report(ReportDraft draft) {
        Optional<ReportDraft> previous = reports.forIncident(draft.incidentId()).stream()
                .filter(earlier -> earlier.obligationKey().equals(draft.obligationKey()))
                .filter(earlier -> earlier.status() == ApprovalStatus.APPROVED && earlier.number() < draft.number())
                .max(Comparator.comparingInt(ReportDraft::number));
        return new DocumentUnderApproval(Kind.REPORT, draft.id(), draft.number(), draft.contentHash(),
                draft.draftedBy(), draft.draftedAt(), List.of(new Rendering(draft.language(), null, draft.html(), null)),
                previous.map(ReportDraft::number).orElse(null),
                changes(previous.map(ReportDraft::fields).orElse(null), draft.fields()));
    }

    /** Every field of either version, the current version's order first; without a previous one, none changed. */
    static List<FieldChange> changes(Map<String, String> previous, Map<String, String> current) {
        Set<String> names = new LinkedHashSet<>(current.keySet());
        if (previous != null) {
            names.addAll(previous.keySet());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String now = current.get(name);
            changes.add(new FieldChange(name, previous == null ? now : previous.get(name), now));
        }
        return changes;
    }
}
