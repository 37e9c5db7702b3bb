package io.breachflow.tasklist;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The drafting desk behind a task that writes a document (an authority report, a notice letter, a police
 * referral): which fields the law asks for, pre-filled from what the case already knows, the required-content
 * check before anything is submitted, and a preview of the rendered document. The tasklist stays
 * process- and law-agnostic: another module implements this and the task page asks it.
 */
public interface DraftSheets {

    /**
     * The sheet for {@code task}, or empty when the task drafts no document.
     *
     * @param typed what the person typed or saved (field name to text), or null when nothing yet: then every
     *     field the case can fill is pre-filled
     * @param locale the reader's language, for labels and hints
     */
    Optional<Sheet> sheet(HumanTask task, Map<String, String> typed, Locale locale);

    /**
     * The required items {@code values} lack, by field name, each as a sentence in the reader's language that
     * names the item and its citation; empty when nothing is missing.
     */
    Map<String, String> missing(HumanTask task, Map<String, String> values, Locale locale);

    /**
     * The document as {@code values} would render it in {@code language}: HTML, or a PDF when {@code pdf}.
     *
     * @throws IllegalArgumentException when the task drafts no document or the language is not one of its own
     */
    Preview preview(HumanTask task, Map<String, String> values, String language, boolean pdf);

    /** The title of the incident {@code incidentId}, naming the case on any task page instead of its id. */
    default Optional<String> caseTitle(String incidentId) {
        return Optional.empty();
    }

    /**
     * For the tasks about an obligation whose document was drafted, which revision of the facts that document
     * reflects, by task id; tasks without a drafted document are absent.
     */
    default Map<Long, RevisionNote> revisionNotes(List<HumanTask> tasks) {
        return Map.of();
    }

    /**
     * When {@code task} ended because a scope revision superseded the document it was about (its process went
     * back to a redraft), which revisions; empty for an open task or one that ended for another reason.
     */
    default Optional<RevisionNote> supersededBy(HumanTask task) {
        if (task.state() != HumanTask.State.CANCELLED) {
            return Optional.empty();
        }
        return Optional.ofNullable(revisionNotes(List.of(task)).get(task.id())).filter(RevisionNote::stale);
    }

    /**
     * Which revision of the facts an obligation's latest document reflects.
     *
     * @param draftedFor the revision it was written from
     * @param changedIn the later revision that changed its facts (a redraft is due or under way), or null
     */
    record RevisionNote(int draftedFor, Integer changedIn) {

        public boolean stale() {
            return changedIn != null;
        }
    }

    /**
     * A drafting sheet.
     *
     * @param document what is drafted, in words: "PIPC report — PIPA Art. 34"
     * @param languages the document's languages, main one first; fields come once per language
     * @param fields every field in order, each language's copy next to the other's
     * @param known what the case already knows, as label and value pairs shown beside the form
     * @param previewable whether the sheet renders to a document that can be previewed
     * @param incident the incident's title, naming the case on the page instead of its id
     * @param factsRevision the incident revision the sheet was filled from, submitted with the form (hidden) so
     *     a document drafted while the facts changed is caught; 0 when unknown
     * @param redraft when a revision overtook the document drafted before: what changed, else null
     */
    record Sheet(String document, List<String> languages, List<Field> fields, List<Known> known,
            boolean previewable, String incident, int factsRevision, Redraft redraft) {
        public Sheet {
            languages = List.copyOf(languages);
            fields = List.copyOf(fields);
            known = List.copyOf(known);
        }

        public Sheet(String document, List<String> languages, List<Field> fields, List<Known> known,
                boolean previewable, String incident) {
            this(document, languages, fields, known, previewable, incident, 0, null);
        }
    }

    /**
     * A document written earlier for the same obligation was superseded by a scope revision: the facts it was
     * drafted from, field by field, against the facts now; the fields filled again from the new facts.
     *
     * @param draftedFor the revision the superseded document was written from
     * @param latest the revision the sheet is filled from now
     * @param changes each changed fact in words: "People affected in KR: 4,500 → 33,700,000"
     * @param refreshed the names of the fields whose text was replaced by the new facts, to check
     */
    record Redraft(int draftedFor, int latest, List<Change> changes, java.util.Set<String> refreshed) {
        public Redraft {
            changes = List.copyOf(changes);
            refreshed = java.util.Set.copyOf(refreshed);
        }
    }

    /** One changed fact: what it is, what the document said, what is true now (all in the reader's words). */
    record Change(String fact, String before, String after) {
    }

    /**
     * One field of a sheet.
     *
     * @param name the form field's name, e.g. {@code whatHappened} or {@code whatHappened_en}
     * @param item the item it carries, e.g. {@code whatHappened}, the same in every language
     * @param language the language its text is written in
     * @param label a question in plain words ("What happened?")
     * @param hint what the law asks for it, in one line
     * @param citation where the law asks for it, or null when no law requires it
     * @param required whether the law requires it
     * @param prose whether the law wants prose (a text area) rather than a line
     * @param value the text to show
     * @param need when the case could not fill it and it is empty: what is needed, else null
     */
    record Field(String name, String item, String language, String label, String hint, String citation,
            boolean required, boolean prose, String value, String need) {
    }

    /** One fact of the case shown beside the form. */
    record Known(String label, String value) {
    }

    /** A rendered preview: HTML text, or PDF bytes. */
    record Preview(String contentType, byte[] content) {
    }
}
