package io.breachflow.drafting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.documents.DocumentRevisions;
import io.breachflow.documents.DocumentStamp;
import io.breachflow.filings.AuthorityReports;
import io.breachflow.regimes.FactChange;
import io.breachflow.tasklist.DraftSheets.Redraft;
import java.util.Set;
import io.breachflow.filings.ReportRequest;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.notices.LetterDraftRequest;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.PdfPrinter;
import io.breachflow.notices.RenderedLetter;
import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.ObligationKind;
import io.breachflow.regimes.ObligationNames;
import io.breachflow.tasklist.DraftSheets;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The drafting desk ({@link DraftSheets}) for authority reports and updates, notice letters and police
 * referrals. A sheet opens with what the person last typed about the same obligation (a saved draft, or the
 * draft legal sent back), otherwise pre-filled from the case; the same required items the renderer enforces
 * are checked before the task completes, per language, so a draft is never refused out of sight.
 */
@Service
public class DraftingDesk implements DraftSheets {

    private final ObligationNames names;
    private final IncidentRecords incidents;
    private final AuthorityReports reports;
    private final NoticeDrafting letters;
    private final HumanTasks tasks;
    private final DraftingProperties profile;
    private final MessageSource messages;
    private final ObjectMapper mapper;
    private final DocumentRevisions revisions;
    private final RevisionMarkers markers;

    DraftingDesk(ObligationNames names, IncidentRecords incidents, AuthorityReports reports, NoticeDrafting letters,
            HumanTasks tasks, DraftingProperties profile, MessageSource messages, ObjectMapper mapper,
            DocumentRevisions revisions, RevisionMarkers markers) {
        this.names = names;
        this.incidents = incidents;
        this.reports = reports;
        this.letters = letters;
        this.tasks = tasks;
        this.profile = profile;
        this.messages = messages;
        this.mapper = mapper;
        this.revisions = revisions;
        this.markers = markers;
    }

    @Override
    public Map<Long, DraftSheets.RevisionNote> revisionNotes(List<HumanTask> tasks) {
        Map<String, Map<String, DraftSheets.RevisionNote>> byIncident = new java.util.HashMap<>();
        Map<Long, DraftSheets.RevisionNote> notes = new LinkedHashMap<>();
        for (HumanTask task : tasks) {
            if (task.incidentId() == null || task.subjectKey() == null) {
                continue;
            }
            DraftSheets.RevisionNote note = byIncident.computeIfAbsent(task.incidentId(), incidentId -> incident(task)
                    .map(markers::forIncident).orElse(Map.of())).get(task.subjectKey());
            if (note != null) {
                notes.put(task.id(), note);
            }
        }
        return notes;
    }

    @Override
    public Optional<Sheet> sheet(HumanTask task, Map<String, String> typed, Locale locale) {
        Optional<SheetKind> kind = SheetKind.of(task.formKey(), task.subjectKey(), names, locale);
        Optional<IncidentRecord> incident = incident(task);
        if (kind.isEmpty() || incident.isEmpty()) {
            return Optional.empty();
        }
        BreachFacts facts = incident.get().latest().facts().toFacts();
        Map<String, String> source = typed != null ? typed : earlierForm(task);
        ZoneId zone = zone(kind.get());
        // one Prefill per language: the earlier approved texts are read once, not once per field
        Map<String, Prefill> prefills = new LinkedHashMap<>();
        for (String language : kind.get().languages()) {
            prefills.put(language, new Prefill(facts, kind.get(), language, new FactWords(messages, language, zone),
                    new EarlierTexts(task.incidentId(), language, reports, letters), profile));
        }
        Optional<DocumentStamp> overtaken = overtaken(task);
        List<FactChange> changes = overtaken.map(stamp -> incident.get().changesSince(stamp.factsRevision()))
                .orElse(List.of());
        // the text of the superseded document comes back, but what the new facts say is filled in again
        Set<String> stale = typed == null ? Redrafting.itemsWrittenFrom(changes) : Set.of();
        Set<String> refreshed = new java.util.TreeSet<>();
        List<Field> fields = new ArrayList<>();
        for (SheetItems.Item item : items(kind.get())) {
            for (String language : kind.get().languages()) {
                Field field = field(kind.get(), item, language, source, prefills.get(language), locale);
                if (stale.contains(item.field())) {
                    String now = prefills.get(language).item(item.field()).value();
                    if (now != null && !now.equals(field.value())) {
                        field = new Field(field.name(), field.item(), field.language(), field.label(), field.hint(),
                                field.citation(), field.required(), field.prose(), now, null);
                        refreshed.add(field.name());
                    }
                }
                fields.add(field);
            }
        }
        Redraft redraft = overtaken.map(stamp -> new Redraft(stamp.factsRevision(), incident.get().latest().number(),
                new Redrafting(messages, locale, zone).changes(changes), refreshed)).orElse(null);
        return Optional.of(new Sheet(document(kind.get(), locale), kind.get().languages(), fields,
                known(incident.get(), facts, zone, locale), kind.get().form() != SheetKind.Form.REFERRAL,
                facts.title(), incident.get().latest().number(), redraft));
    }

    /**
     * The latest document drafted for the task's obligation, when a revision superseded it and nothing has
     * been drafted since: the task is its redraft.
     */
    private Optional<DocumentStamp> overtaken(HumanTask task) {
        if (task.subjectKey() == null) {
            return Optional.empty();
        }
        List<DocumentStamp> drafted = revisions.forIncident(task.incidentId()).stream()
                .filter(stamp -> task.subjectKey().equals(stamp.obligationKey())).toList();
        return drafted.isEmpty() ? Optional.empty()
                : Optional.of(drafted.get(drafted.size() - 1)).filter(DocumentStamp::superseded);
    }

    @Override
    public Optional<String> caseTitle(String incidentId) {
        try {
            return incidentId == null ? Optional.empty() : incidents.find(IncidentId.of(incidentId))
                    .map(record -> record.latest().facts().title()).filter(title -> title != null && !title.isBlank());
        } catch (IllegalArgumentException notAnIncidentId) {
            return Optional.empty();
        }
    }

    @Override
    public Map<String, String> missing(HumanTask task, Map<String, String> values, Locale locale) {
        Optional<SheetKind> kind = SheetKind.of(task.formKey(), task.subjectKey(), names, locale);
        Map<String, String> missing = new LinkedHashMap<>();
        kind.ifPresent(k -> items(k).stream().filter(SheetItems.Item::required).forEach(item -> {
            for (String language : k.languages()) {
                String name = k.fieldName(item.field(), language);
                String value = values.get(name);
                if (value == null || value.isBlank()) {
                    missing.put(name, message("draft.missing", locale, label(item.field(), k, locale)
                            + (k.perLanguage() ? " (" + languageName(language, locale) + ")" : ""),
                            citation(item, locale)));
                }
            }
        }));
        java.util.Set<String> names = kind.map(this::fieldNames).orElse(java.util.Set.of());
        kind.ifPresent(k -> values.forEach((name, value) -> {
            if (value != null && !missing.containsKey(name) && names.contains(name)) {
                java.util.List<Integer> unprintable = PdfPrinter.unprintable(value);
                if (!unprintable.isEmpty()) {
                    missing.put(name, message("draft.unprintable", locale, label(baseItem(name), k, locale),
                            io.breachflow.notices.UnprintableTextException.describe(unprintable)));
                }
            }
        }));
        return missing;
    }

    private java.util.Set<String> fieldNames(SheetKind kind) {
        java.util.Set<String> names = new java.util.HashSet<>();
        items(kind).forEach(item -> kind.languages().forEach(language -> names.add(kind.fieldName(item.field(), language))));
        return names;
    }

    private static String baseItem(String name) {
        int underscore = name.lastIndexOf('_');
        return underscore > 0 ? name.substring(0, underscore) : name;
    }

    @Override
    public Preview preview(HumanTask task, Map<String, String> values, String language, boolean pdf) {
        SheetKind kind = SheetKind.of(task.formKey(), task.subjectKey(), names, Locale.ROOT)
                .filter(k -> k.form() != SheetKind.Form.REFERRAL && k.languages().contains(language))
                .orElseThrow(() -> new IllegalArgumentException("Expected a report or letter task in one of its "
                        + "languages, but task " + task.id() + " is not, or " + language + " is not its language"));
        Map<String, String> fields = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank() && !"factsRevision".equals(name)) {
                fields.put(name, value);
            }
        });
        ObligationNames.Duty duty = kind.duty();
        if (kind.form() == SheetKind.Form.REPORT) {
            String html = reports.preview(new ReportRequest(task.incidentId(), duty.key(), duty.regime(), duty.kind(),
                    duty.recipient(), language, fields, "preview"));
            return pdf ? new Preview("application/pdf", PdfPrinter.print(html))
                    : new Preview("text/html", html.getBytes(StandardCharsets.UTF_8));
        }
        RenderedLetter letter = letters.previewDraft(new LetterDraftRequest(task.incidentId(), duty.regime(),
                ObligationKind.INDIVIDUAL_NOTICE, kind.languages(), fields, "preview"), language, pdf);
        return pdf ? new Preview("application/pdf", letter.pdf())
                : new Preview("text/html", letter.html().getBytes(StandardCharsets.UTF_8));
    }

    private Field field(SheetKind kind, SheetItems.Item item, String language, Map<String, String> source,
            Prefill prefill, Locale locale) {
        String name = kind.fieldName(item.field(), language);
        Prefill.Filled filled = prefill.item(item.field());
        String value = source != null ? source.getOrDefault(name, "") : filled.value();
        String need = (value == null || value.isBlank()) && filled.need() != null
                ? message(filled.need(), locale, languageName(language, locale)) : null;
        return new Field(name, item.field(), language, label(item.field(), kind, locale), hint(item, locale),
                item.required() ? citation(item, locale) : null, item.required(), Prose.wanted(item.field()),
                value == null ? "" : value, need);
    }

    private List<SheetItems.Item> items(SheetKind kind) {
        return switch (kind.form()) {
            case REPORT -> SheetItems.report(reports.requiredItems(kind.duty().regime(), kind.duty().kind()),
                    reports.alsoShown(kind.duty().regime()));
            case NOTICE -> SheetItems.notice(letters.requiredItems(kind.duty().regime(), ObligationKind.INDIVIDUAL_NOTICE));
            case REFERRAL -> SheetItems.referral();
        };
    }

    private String document(SheetKind kind, Locale locale) {
        return kind.duty() == null ? message("draft.document.referral", locale)
                : names.of(kind.duty().key(), locale).full();
    }

    private List<Known> known(IncidentRecord incident, BreachFacts facts, ZoneId zone, Locale locale) {
        FactWords words = new FactWords(messages, locale.getLanguage(), zone);
        List<Known> known = new ArrayList<>();
        known.add(new Known(message("draft.known.title", locale), facts.title()));
        known.add(new Known(message("draft.known.revision", locale), String.valueOf(incident.latest().number())));
        known.add(new Known(message("draft.known.awareAt", locale), words.time(facts.awareAt())));
        if (facts.detectedAt() != null) {
            known.add(new Known(message("draft.known.detectedAt", locale), words.time(facts.detectedAt())));
        }
        known.add(new Known(message("draft.known.affected", locale), words.affected(facts)));
        known.add(new Known(message("draft.known.categories", locale), words.categories(facts.dataCategories())));
        known.add(new Known(message("draft.known.cause", locale), words.cause(facts.cause())));
        return known;
    }

    private Optional<IncidentRecord> incident(HumanTask task) {
        try {
            return task.incidentId() == null ? Optional.empty() : incidents.find(IncidentId.of(task.incidentId()));
        } catch (IllegalArgumentException notAnIncidentId) {
            return Optional.empty();
        }
    }

    /** The draft that came back (legal rejected it, or the process refused it): its text, as typed. */
    private Map<String, String> earlierForm(HumanTask task) {
        return tasks.lastCompleted(task.incidentId(), task.formKey(), task.subjectKey()).map(form -> {
            try {
                Map<String, Object> raw = mapper.readValue(form.form(), new TypeReference<Map<String, Object>>() { });
                Map<String, String> values = new LinkedHashMap<>();
                raw.forEach((key, value) -> values.put(key, value == null ? "" : value.toString()));
                return values;
            } catch (JsonProcessingException | IllegalArgumentException unreadable) {
                return null;
            }
        }).orElse(null);
    }

    private ZoneId zone(SheetKind kind) {
        return kind.duty() != null ? kind.duty().zone() : ZoneId.of("UTC");
    }

    /**
     * The item's question; a regime may word it its own way ({@code draft.label.<item>.<regime>}), e.g. Texas asks
     * for measures taken and measures planned apart, so its "measures taken" question does not ask for plans too.
     */
    private String label(String field, SheetKind kind, Locale locale) {
        String key = "draft.label." + field;
        String own = kind.duty() == null ? null : messages.getMessage(key + "." + kind.duty().regime(), null, null, locale);
        if (own != null) {
            return own;
        }
        if (Place.NAMED_IN_LABEL.contains(field)) {
            String place = Place.of(kind.duty());
            return message(key, locale,
                    place == null ? "" : messages.getMessage("forms.place." + place, null, place, locale));
        }
        return message(key, locale);
    }

    /** In English the law's own words for a required item; otherwise (and for optional items) the bundle's hint. */
    private String hint(SheetItems.Item item, Locale locale) {
        if (item.required() && "en".equals(locale.getLanguage()) && item.rule().citation() != null) {
            String words = item.rule().item();
            return message("draft.hint.lawAsks", locale, Character.toUpperCase(words.charAt(0)) + words.substring(1));
        }
        return message("draft.hint." + item.field(), locale);
    }

    private String citation(SheetItems.Item item, Locale locale) {
        String citation = item.rule().citation();
        if (citation == null) {
            return message("draft.citation.form", locale);
        }
        return citation.replaceAll(",?\\s*\\[?https?://\\S+", "").replaceAll("\\s+", " ").strip();
    }

    private String languageName(String language, Locale locale) {
        return messages.getMessage("task.sheet.language." + language, null, language, locale);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** Items the law wants as prose get a text area; names, dates, counts and lists a single line. */
    private static final class Prose {

        private static final java.util.Set<String> LINES = java.util.Set.of("organisation", "when",
                "dataCategories", "subjectCategories", "affectedCount", "recordCount", "contactPoint",
                "lawEnforcementDelay", "residentsAffected", "residentsNotified");

        static boolean wanted(String field) {
            return !LINES.contains(field);
        }
    }
}
