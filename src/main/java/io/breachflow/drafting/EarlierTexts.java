package io.breachflow.drafting;

import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.LetterFields;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.regimes.ObligationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Texts legal already approved in this case, newest first: the measures, the contact point, the advice and
 * the organisation's name are written once and offered again in every later document of the same language.
 * Documents of the same kind (report or letter) come before the others.
 */
final class EarlierTexts {

    private record Text(boolean report, Instant at, Map<String, String> fields) {
    }

    private final List<Text> texts = new ArrayList<>();
    private final List<LetterVersion> approvedLetters = new ArrayList<>();
    private final String language;
    private final NoticeDrafting letters;

    EarlierTexts(String incidentId, String language, AuthorityReports reports, NoticeDrafting letters) {
        this.language = language;
        this.letters = letters;
        for (ReportDraft draft : reports.forIncident(incidentId)) {
            if (draft.status() == ApprovalStatus.APPROVED && draft.language().equals(language)) {
                texts.add(new Text(true, draft.draftedAt(), draft.fields()));
            }
        }
        for (LetterVersion version : letters.forIncident(incidentId)) {
            if (version.status() == ApprovalStatus.APPROVED && version.languages().contains(language)) {
                texts.add(new Text(false, version.draftedAt(), LetterFields.forLanguage(version.fields(), language)));
                approvedLetters.add(version);
            }
        }
        texts.sort(Comparator.comparing(Text::at).reversed());
        approvedLetters.sort(Comparator.comparing(LetterVersion::draftedAt).reversed());
    }

    /**
     * The text of the newest approved notice to the people affected under {@code regime}, as it is sent but
     * addressed to no one: the sample copy a regulator asks for (California, New Mexico, Montana, Rhode Island).
     */
    Optional<String> sampleNotice(String regime) {
        return approvedLetters.stream()
                .filter(v -> v.regime().equals(regime) && v.kind() == ObligationKind.INDIVIDUAL_NOTICE).findFirst()
                .map(v -> withoutPreviewReference(letters.previewMail(v.id(), language).text()));
    }

    /** The preview's last line names the reference "PREVIEW", which no sample copy should carry. */
    private static String withoutPreviewReference(String text) {
        String trimmed = text.stripTrailing();
        int lastLine = trimmed.lastIndexOf('\n');
        return lastLine > 0 && trimmed.endsWith("PREVIEW") ? trimmed.substring(0, lastLine).stripTrailing() : trimmed;
    }

    /** The newest approved text of {@code item}, preferring documents of the same kind ({@code report} or not). */
    Optional<String> of(String item, boolean report) {
        return texts.stream().sorted(Comparator.comparing((Text t) -> t.report() != report))
                .map(t -> t.fields().get(item)).filter(v -> v != null && !v.isBlank()).findFirst();
    }
}
