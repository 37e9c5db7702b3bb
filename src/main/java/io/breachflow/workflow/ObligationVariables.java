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

/**
 * Obligations as process variables: key, codes and dates only ({@code basis}, {@code reason} and
 * content lists stay in the catalog). {@code remindAt} is when the reminder timer fires: three
 * quarters into the window to {@code dueAt}, else at the internal target, else three days on.
 */
final class ObligationVariables {

    private static final Duration NO_DEADLINE_REMINDER = Duration.ofDays(3);

    /** Always with seconds, as FEEL's {@code date and time()} and the API's JSON expect. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ObligationVariables() {
    }

    static List<Map<String, Object>> of(List<Obligation> obligations, Instant now) {
        return obligations.stream().map(obligation -> of(obligation, now)).toList();
    }

    /** First, phased, final and supplementary reports: each gets its own {@code Process_AuthorityReport}. */
    static List<Map<String, Object>> authorityReports(List<Obligation> obligations, Instant now) {
        return of(obligations.stream().filter(o -> o.kind() == ObligationKind.AUTHORITY_REPORT
                || o.kind() == ObligationKind.AUTHORITY_UPDATE).toList(), now);
    }

    static Map<String, Object> of(Obligation obligation, Instant now) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("key", obligation.key());
        variables.put("regime", obligation.regime());
        variables.put("kind", obligation.kind().name());
        variables.put("recipient", obligation.recipient());
        variables.put("jurisdiction", obligation.jurisdiction());
        variables.put("dueAt", text(obligation.dueAt()));
        variables.put("remindAt", text(remindAt(obligation, now)));
        return variables;
    }

    static OffsetDateTime remindAt(Obligation obligation, Instant now) {
        if (obligation.dueAt() == null) {
            return obligation.targetAt() != null ? obligation.targetAt()
                    : now.plus(NO_DEADLINE_REMINDER).atOffset(ZoneOffset.UTC);
        }
        Instant due = obligation.dueAt().toInstant();
        if (!due.isAfter(now)) {
            return now.atOffset(ZoneOffset.UTC);
        }
        Duration window = Duration.between(now, due);
        return now.plus(window.multipliedBy(3).dividedBy(4)).atOffset(obligation.dueAt().getOffset());
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : ISO.format(time);
    }
}
