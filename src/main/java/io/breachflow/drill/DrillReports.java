package io.breachflow.drill;

import io.breachflow.audit.AuditEntry;
import io.breachflow.audit.AuditTrail;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.ObligationStatus;
import io.breachflow.regimes.ObligationNames;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Builds a drill's report from the case as it stands: obligations and revisions from {@code incidents}, met times
 * recorded by {@link ObligationMetLog}, steps from the tasklist's task table (read only: arrival, who completed
 * it, when), reminders and escalations from the audit trail; and prints it as XHTML for the PDF printer.
 */
@Component
@Profile("drill")
class DrillReports {

    private static final Pattern OBLIGATION = Pattern.compile("obligation=(\\S+)");
    private static final int LONGEST_WAITS = 5;

    private final IncidentRecords incidents;
    private final DrillRuns runs;
    private final AuditTrail audit;
    private final ObligationNames names;
    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    DrillReports(IncidentRecords incidents, DrillRuns runs, AuditTrail audit, ObligationNames names, JdbcClient jdbc,
            ITemplateEngine templates, MessageSource messages) {
        this.messages = messages;
        this.incidents = incidents;
        this.runs = runs;
        this.audit = audit;
        this.names = names;
        this.jdbc = jdbc;
        this.templates = templates;
    }

    DrillReport build(DrillRun run, Instant end, String endedBy) {
        Scenario scenario = Scenarios.find(run.scenario()).orElseThrow();
        IncidentRecord record = run.incidentId() == null ? null
                : incidents.find(IncidentId.of(run.incidentId())).orElse(null);
        List<DrillReport.ObligationLine> obligations = record == null ? List.of()
                : record.obligations().stream().map(o -> line(run.incidentId(), o, end)).toList();
        List<DrillReport.Step> steps = run.incidentId() == null ? List.of() : steps(run.incidentId(), end);
        List<DrillReport.Step> waits = steps.stream()
                .sorted(Comparator.comparing(DrillReport.Step::took).reversed()).limit(LONGEST_WAITS).toList();
        List<DrillReport.Revision> revisions = record == null ? List.of() : record.revisions().stream()
                .map(r -> new DrillReport.Revision(r.number(), r.revisedAt(), r.note())).toList();
        return new DrillReport(run.id(), scenario.id(), run.incidentId(),
                record == null ? null : record.latest().facts().title(), scenario.zone(), run.startedAt(), end,
                run.startedBy(), endedBy, obligations, steps, alerts(run.incidentId()), waits, revisions);
    }

    /** The report as a well-formed XHTML document in {@code locale}, for the page and {@code PdfPrinter}. */
    String print(DrillReport report, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("words", words(locale, report.zone()));
        return templates.process("drill/report-print", context);
    }

    DrillWords words(Locale locale, java.time.ZoneId zone) {
        return new DrillWords(names, messages, locale, zone);
    }

    private DrillReport.ObligationLine line(String incidentId, IncidentRecord.ObligationEntry o, Instant end) {
        Instant metAt = runs.metAt(incidentId, o.key()).orElse(null);
        Instant due = o.dueAt() == null ? null : o.dueAt().toInstant();
        DrillReport.Outcome outcome;
        Duration margin = null;
        if (o.status() == ObligationStatus.NO_LONGER_REQUIRED) {
            outcome = DrillReport.Outcome.NO_LONGER_REQUIRED;
        } else if (o.status() == ObligationStatus.MET) {
            margin = due == null || metAt == null ? null : Duration.between(metAt, due);
            outcome = margin == null ? DrillReport.Outcome.MET
                    : margin.isNegative() ? DrillReport.Outcome.MET_LATE : DrillReport.Outcome.MET_ON_TIME;
        } else if (due == null) {
            outcome = DrillReport.Outcome.NO_DEADLINE;
        } else {
            margin = Duration.between(end, due);
            outcome = margin.isNegative() ? DrillReport.Outcome.MISSED : DrillReport.Outcome.OPEN;
        }
        ObligationNames.Name name = names.of(o.key(), Locale.ENGLISH);
        return new DrillReport.ObligationLine(o.key(), name.title(), name.citation(), o.dueAt(), metAt, outcome,
                margin);
    }

    /** Every human task of the case, by arrival: the tasklist's read model, read only. */
    private List<DrillReport.Step> steps(String incidentId, Instant end) {
        return jdbc.sql("""
                SELECT name, completed_by, created_at, completed_at FROM human_task
                WHERE incident_id = ? AND state <> 'CANCELLED' ORDER BY created_at, id""")
                .param(incidentId).query((rs, n) -> step(rs, end)).list();
    }

    private static DrillReport.Step step(ResultSet rs, Instant end) throws SQLException {
        Instant arrived = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        Instant done = completed == null ? null : completed.toInstant();
        Duration took = Duration.between(arrived, done == null ? end : done);
        return new DrillReport.Step(rs.getString("name"), rs.getString("completed_by"), arrived, done,
                took.isNegative() ? Duration.ZERO : took);
    }

    private List<DrillReport.Alert> alerts(String incidentId) {
        if (incidentId == null) {
            return List.of();
        }
        return audit.forIncident(incidentId).stream()
                .filter(e -> "DEADLINE_REMINDER_DUE".equals(e.action()) || "OBLIGATION_OVERDUE".equals(e.action()))
                .map(DrillReports::alert).toList();
    }

    private static DrillReport.Alert alert(AuditEntry entry) {
        String detail = entry.detail() == null ? "" : entry.detail();
        Matcher key = OBLIGATION.matcher(detail);
        return new DrillReport.Alert(entry.at(), key.find() ? key.group(1) : "",
                "OBLIGATION_OVERDUE".equals(entry.action()), detail.contains("atRisk=true"));
    }
}
