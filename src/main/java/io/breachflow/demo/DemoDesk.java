package io.breachflow.demo;

import io.breachflow.tasklist.Actor;
import io.breachflow.tasklist.DraftSheets;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * The demo users at their desks: waits for a task to reach the inbox and completes it through
 * {@link HumanTasks#complete} as the officer, legal or the DPO would (so four-eyes and form checks apply). A drafting
 * task is filled the way the task page fills it: the drafting desk's pre-filled sheet, with a demo text where the
 * case could not fill a required item, and the facts revision the sheet was filled from.
 */
@Component
class DemoDesk {

    static final Actor OFFICER = new Actor("officer", Set.of("COMPLIANCE_OFFICER"));
    static final Actor LEGAL = new Actor("legal", Set.of("LEGAL"));

    /** The hidden field of a drafting sheet (tasklist's {@code TaskForms.FACTS_REVISION}). */
    private static final String FACTS_REVISION = "factsRevision";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final long POLL_MS = 100;

    private final HumanTasks tasks;
    private final DraftSheets sheets;

    DemoDesk(HumanTasks tasks, DraftSheets sheets) {
        this.tasks = tasks;
        this.sheets = sheets;
    }

    /** The open task of the incident with {@code formKey} whose subject passes {@code subject}, once it arrives. */
    HumanTask await(String incidentId, String formKey, Predicate<String> subject) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < until) {
            Optional<HumanTask> found = tasks.openForIncident(incidentId).stream()
                    .filter(task -> formKey.equals(task.formKey()))
                    .filter(task -> subject.test(task.subjectKey() == null ? "" : task.subjectKey())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            pause();
        }
        throw new IllegalStateException("Expected a " + formKey + " task within " + PATIENCE.toSeconds()
                + " s, but none arrived");
    }

    void complete(HumanTask task, Actor actor, Map<String, Object> form) {
        tasks.complete(task.id(), actor, new LinkedHashMap<>(form));
    }

    /** Waits for the {@code formKey} task and completes it with {@code form}. */
    HumanTask complete(String incidentId, String formKey, Predicate<String> subject, Actor actor,
            Map<String, Object> form) {
        HumanTask task = await(incidentId, formKey, subject);
        complete(task, actor, form);
        return task;
    }

    /** Waits for the drafting task and submits its pre-filled sheet as {@code actor}. */
    HumanTask draft(String incidentId, String formKey, Predicate<String> subject, Actor actor) {
        HumanTask task = await(incidentId, formKey, subject);
        DraftSheets.Sheet sheet = sheets.sheet(task, null, Locale.ENGLISH).orElseThrow(() ->
                new IllegalStateException("Expected a drafting sheet for task " + task.id() + ", but there is none"));
        Map<String, String> values = new LinkedHashMap<>();
        for (DraftSheets.Field field : sheet.fields()) {
            boolean blank = field.value() == null || field.value().isBlank();
            if (!blank) {
                values.put(field.name(), field.value());
            } else if (field.required()) {
                values.put(field.name(), DemoTexts.of(field.item(), field.language()));
            }
        }
        Map<String, String> missing = sheets.missing(task, values, Locale.ENGLISH);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Expected a complete draft, but " + missing.keySet() + " are missing");
        }
        Map<String, Object> form = new LinkedHashMap<>();
        values.forEach((name, value) -> form.put(name, value.strip()));
        if (sheet.factsRevision() > 0) {
            form.put(FACTS_REVISION, String.valueOf(sheet.factsRevision()));
        }
        complete(task, actor, form);
        return task;
    }

    /** Waits until {@code condition} holds; false when it did not within the patience. */
    static boolean awaitTrue(java.util.function.BooleanSupplier condition, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            pause();
        }
        return condition.getAsBoolean();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Expected to keep seeding, but the application is stopping", e);
        }
    }
}
