package io.breachflow.workflow;

import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationKind;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Obligations as process variables: key, codes and dates only ({@code basis}, {@code reason} and
 * content lists stay in the catalog). {@code reminders} are the instants of the configured reminder
 * points within the window from now to the deadline, {@code deadlineAt} the deadline itself (the
 * internal target where the law sets no time); overdue points are now, so they fire at once.
 */
@Component
class ObligationVariables {

    /** Always with seconds, as FEEL's {@code date and time()} and the API's JSON expect. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final WorkflowProperties properties;

    ObligationVariables(WorkflowProperties properties) {
        this.properties = properties;
    }

    List<Map<String, Object>> of(List<Obligation> obligations, Instant now) {
        return obligations.stream().map(obligation -> of(obligation, now)).toList();
    }

    /** First, phased, final and supplementary reports: each gets its own {@code Process_AuthorityReport}. */
    List<Map<String, Object>> authorityReports(List<Obligation> obligations, Instant now) {
        return of(ofKinds(obligations, ObligationKind.AUTHORITY_REPORT, ObligationKind.AUTHORITY_UPDATE), now);
    }

    /** Notices to the people affected: each gets its own {@code Process_CustomerNotice}. */
    List<Map<String, Object>> customerNotices(List<Obligation> obligations, Instant now) {
        return of(ofKinds(obligations, ObligationKind.INDIVIDUAL_NOTICE), now);
    }

    /** Public, substitute and consumer-reporting-agency notices: each gets a {@code Process_PublicNotice}. */
    List<Map<String, Object>> publicNotices(List<Obligation> obligations, Instant now) {
        return of(ofKinds(obligations, ObligationKind.PUBLIC_NOTICE, ObligationKind.CRA_NOTICE), now);
    }

    private static List<Obligation> ofKinds(List<Obligation> obligations, ObligationKind... kinds) {
        List<ObligationKind> wanted = List.of(kinds);
        return obligations.stream().filter(o -> wanted.contains(o.kind())).toList();
    }

    Map<String, Object> of(Obligation obligation, Instant now) {
        return of(obligation.key(), obligation.regime(), obligation.kind().name(), obligation.recipient(),
                obligation.jurisdiction(), obligation.dueAt(), obligation.targetAt(), now);
    }

    /** The variables of one obligation whose deadline is {@code dueAt} (or {@code targetAt} without one). */
    Map<String, Object> of(String key, String regime, String kind, String recipient, String jurisdiction,
            OffsetDateTime dueAt, OffsetDateTime targetAt, Instant now) {
        OffsetDateTime deadline = dueAt != null ? dueAt
                : targetAt != null ? targetAt : now.plus(properties.undatedWindow()).atOffset(ZoneOffset.UTC);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("key", key);
        variables.put("regime", regime);
        variables.put("kind", kind);
        variables.put("recipient", recipient);
        variables.put("jurisdiction", jurisdiction);
        variables.put("dueAt", text(dueAt));
        variables.put("deadlineAt", text(notBefore(deadline, now)));
        variables.put("reminders", properties.reminderPoints().stream()
                .map(percent -> text(point(now, deadline, percent))).toList());
        return variables;
    }

    static OffsetDateTime point(Instant now, OffsetDateTime deadline, int percent) {
        Instant due = deadline.toInstant();
        if (!due.isAfter(now)) {
            return now.atOffset(deadline.getOffset());
        }
        Duration window = Duration.between(now, due);
        return now.plus(window.multipliedBy(percent).dividedBy(100)).atOffset(deadline.getOffset());
    }

    private static OffsetDateTime notBefore(OffsetDateTime time, Instant now) {
        return time.toInstant().isBefore(now) ? now.atOffset(time.getOffset()) : time;
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : ISO.format(time);
    }
}
