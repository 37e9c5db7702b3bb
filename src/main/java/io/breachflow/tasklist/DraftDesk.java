package io.breachflow.tasklist;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;

/**
 * The task page's side of {@link DraftSheets}: asks the desk (when a module provides one) for the sheet, and
 * puts it on the page. A draft the process sent back (its task carries a note) opens with the missing items
 * named, as a refused submit does.
 */
final class DraftDesk {

    private final ObjectProvider<DraftSheets> sheets;
    private final HumanTasks tasks;

    DraftDesk(ObjectProvider<DraftSheets> sheets, HumanTasks tasks) {
        this.sheets = sheets;
        this.tasks = tasks;
    }

    Optional<DraftSheets.Sheet> sheet(HumanTask task, Map<String, String> typed, Locale locale) {
        DraftSheets desk = sheets.getIfAvailable();
        return desk == null ? Optional.empty() : desk.sheet(task, typed, locale);
    }

    Optional<String> caseTitle(HumanTask task) {
        DraftSheets desk = sheets.getIfAvailable();
        return desk == null ? Optional.empty() : desk.caseTitle(task.incidentId());
    }

    Map<String, String> missing(HumanTask task, Map<String, String> values, Locale locale) {
        DraftSheets desk = sheets.getIfAvailable();
        return desk == null ? Map.of() : desk.missing(task, values, locale);
    }

    DraftSheets.Preview preview(HumanTask task, Map<String, String> values, String language, boolean pdf) {
        DraftSheets desk = sheets.getIfAvailable();
        if (desk == null) {
            throw new IllegalArgumentException("Expected a drafting desk, but none is configured");
        }
        return desk.preview(task, values, language, pdf);
    }

    /**
     * Adds the sheet of {@code task} to the page, when the task drafts a document.
     *
     * @param typed what was typed or saved, or null to pre-fill from the case
     * @param opening whether the page is being opened (not answering a submit): then a task the process sent
     *     back shows what its draft lacked
     */
    boolean addTo(HumanTask task, Map<String, String> typed, boolean opening, Locale locale, Model model) {
        Optional<DraftSheets.Sheet> sheet = sheet(task, typed, locale);
        if (sheet.isEmpty()) {
            return false;
        }
        model.addAttribute("sheet", sheet.get());
        Map<String, String> values = new LinkedHashMap<>();
        sheet.get().fields().forEach(field -> values.put(field.name(), field.value() == null ? "" : field.value()));
        model.addAttribute("values", values);
        if (opening && tasks.noteOf(task.id()).isPresent()) {
            Map<String, String> missing = missing(task, values, locale);
            model.addAttribute("sheetErrors", missing);
            model.addAttribute("sheetReturned", true);
        }
        return true;
    }

    /** The sheet's fields as posted; a field not posted is blank. */
    static Map<String, String> values(DraftSheets.Sheet sheet, Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        sheet.fields().forEach(field -> values.put(field.name(), params.getOrDefault(field.name(), "")));
        if (sheet.factsRevision() > 0) {
            values.put(TaskForms.FACTS_REVISION, params.getOrDefault(TaskForms.FACTS_REVISION,
                    String.valueOf(sheet.factsRevision())));
        }
        return values;
    }
}
