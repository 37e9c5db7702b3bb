package io.breachflow.tasklist;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The words for a submitted form field, wherever a form is shown back (earlier forms, a completed task): the
 * form's own label, or the drafting desk's question for a document item, with the language of a letter's text
 * ("What happened? (English)") — never the field's name ({@code whatHappened_en}). The task page gets one as
 * {@code fieldLabels} and calls {@code fieldLabels.of(name)}.
 */
public final class FieldLabels {

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(String field) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        String own = messages.getMessage("task.field." + field, null, null, locale);
        if (own != null) {
            return own;
        }
        int underscore = field.lastIndexOf('_');
        boolean perLanguage = underscore > 0 && field.substring(underscore + 1).matches("[a-z]{2}");
        String item = perLanguage ? field.substring(0, underscore) : field;
        String label = messages.getMessage("draft.label." + item, null, null, locale);
        if (label == null) {
            return field;
        }
        if (!perLanguage) {
            return label;
        }
        String language = field.substring(underscore + 1);
        return label + " (" + messages.getMessage("task.sheet.language." + language, null, language, locale) + ")";
    }
}
