package io.breachflow.drafting;

import io.breachflow.regimes.DocumentLanguages;
import io.breachflow.regimes.ObligationNames;
import java.util.List;
import java.util.Locale;

/**
 * What a drafting task writes, from its form key and the duty behind its subject: an authority report (one
 * language, the authority's), a notice letter (every language of the regime, one text each) or a police
 * referral's evidence summary (the reader's language; no template renders it).
 */
record SheetKind(Form form, ObligationNames.Duty duty, List<String> languages) {

    enum Form { REPORT, NOTICE, REFERRAL }

    static java.util.Optional<SheetKind> of(String formKey, String subjectKey, ObligationNames names, Locale reader) {
        if ("prepare-referral".equals(formKey)) {
            return java.util.Optional.of(new SheetKind(Form.REFERRAL, null, List.of(reader.getLanguage())));
        }
        if (!"draft-report".equals(formKey) && !"draft-notice".equals(formKey)) {
            return java.util.Optional.empty();
        }
        return names.duty(subjectKey).map(duty -> "draft-report".equals(formKey)
                ? new SheetKind(Form.REPORT, duty, List.of(DocumentLanguages.report(duty.regime())))
                : new SheetKind(Form.NOTICE, duty, DocumentLanguages.notice(duty.regime())));
    }

    /** Whether fields carry a language suffix: a letter in more than one language. */
    boolean perLanguage() {
        return form == Form.NOTICE && languages.size() > 1;
    }

    /** The form field for {@code item} in {@code language}. */
    String fieldName(String item, String language) {
        return perLanguage() ? item + "_" + language : item;
    }
}
