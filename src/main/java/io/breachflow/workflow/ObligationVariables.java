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
        return of(obligations.stream().filter(o -> o.kind() == ObligationKind.AUTHORITY_REPORT
                || o.kind() == ObligationKind.AUTHORITY_UPDATE).toList(), now);
    }

    Map<String, Object> of(Obligation obligation, Instant now) {
        OffsetDateTime deadline = deadlineAt(obligation, now);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("key", obligation.key());
        variables.put("regime", obligation.regime());
        variables.put("kind", obligation.kind().name());
        variables.put("recipient", obligation.recipient());
        variables.put("jurisdiction", obligation.jurisdiction());
        variables.put("dueAt", text(obligation.dueAt()));
        variables.put("deadlineAt", text(notBefore(deadline, now)));
        variables.put("reminders", properties.reminderPoints().stream()
                .map(percent -> text(point(now, deadline, percent))).toList());
        return variables;
    }

    private OffsetDateTime deadlineAt(Obligation obligation, Instant now) {
        if (obligation.dueAt() != null) {
            return obligation.dueAt();
        }
        return obligation.targetAt() != null ? obligation.targetAt()
                : now.plus(properties.undatedWindow()).atOffset(ZoneOffset.UTC);
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
