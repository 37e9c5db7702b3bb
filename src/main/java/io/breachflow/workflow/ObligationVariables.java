package io.breachflow.workflow;

import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationKind;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Obligations as process variables: key, codes and dates only ({@code basis}, {@code reason} and
 * content lists stay in the catalog). {@code deadlineAt} is the instant the deadline watch escalates at:
 * the legal deadline, else the internal target (never before now, so a deadline already passed escalates at
 * once); {@code dueAt} and {@code targetAt} are the legal deadline and the internal target as the catalog gave
 * them, for the mails to say which one it is.
 *
 * <p>{@code reminders} are the instants of the configured reminder points (default 50, 75 and 90 %) of the
 * obligation's window, which runs from its <em>anchor</em> (the instant its legal clock runs from: awareness,
 * discovery or a milestone; the revision for a supplementary report; see
 * {@link io.breachflow.regimes.ObligationCatalog#anchorOf}) to its deadline, not from when the process
 * happened to start. Points already past when the watch starts (a process started late, a deadline moved)
 * are skipped rather than all fired at once, with one exception: when even the last point, the one that tells
 * the DPO the obligation is at risk, has passed but the deadline has not, that one fires at once. So the last
 * entry of {@code reminders}, when there is one, is always the at-risk point; an obligation already past its
 * deadline gets no reminder, only the escalation. Without an anchor the window runs from now.
 */
@Component
class ObligationVariables {

    /** Always with seconds, as FEEL's {@code date and time()} and the API's JSON expect. */
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** No anchor known: the window runs from now. */
    static final Function<Obligation, Instant> NO_ANCHOR = obligation -> null;

    private final WorkflowProperties properties;

    ObligationVariables(WorkflowProperties properties) {
        this.properties = properties;
    }

    List<Map<String, Object>> of(List<Obligation> obligations, Function<Obligation, Instant> anchors, Instant now) {
        return obligations.stream().map(obligation -> of(obligation, anchors.apply(obligation), now)).toList();
    }

    /** First, phased, final and supplementary reports: each gets its own {@code Process_AuthorityReport}. */
    List<Map<String, Object>> authorityReports(List<Obligation> obligations, Function<Obligation, Instant> anchors,
            Instant now) {
        return of(ofKinds(obligations, ObligationKind.AUTHORITY_REPORT, ObligationKind.AUTHORITY_UPDATE), anchors,
                now);
    }

    /** Notices to the people affected: each gets its own {@code Process_CustomerNotice}. */
    List<Map<String, Object>> customerNotices(List<Obligation> obligations, Function<Obligation, Instant> anchors,
            Instant now) {
        return of(ofKinds(obligations, ObligationKind.INDIVIDUAL_NOTICE), anchors, now);
    }

    /** Public, substitute and consumer-reporting-agency notices: each gets a {@code Process_PublicNotice}. */
    List<Map<String, Object>> publicNotices(List<Obligation> obligations, Function<Obligation, Instant> anchors,
            Instant now) {
        return of(ofKinds(obligations, ObligationKind.PUBLIC_NOTICE, ObligationKind.CRA_NOTICE), anchors, now);
    }

    private static List<Obligation> ofKinds(List<Obligation> obligations, ObligationKind... kinds) {
        List<ObligationKind> wanted = List.of(kinds);
        return obligations.stream().filter(o -> wanted.contains(o.kind())).toList();
    }

    /** The variables of {@code obligation}, whose clock runs from {@code anchor} (null: unknown, count from now). */
    Map<String, Object> of(Obligation obligation, Instant anchor, Instant now) {
        return of(obligation.key(), obligation.regime(), obligation.kind().name(), obligation.recipient(),
                obligation.jurisdiction(), obligation.dueAt(), obligation.targetAt(), anchor, now);
    }

    /**
     * The variables of one obligation whose deadline is {@code dueAt} (or {@code targetAt} without one) and
     * whose window starts at {@code anchor} (null: now).
     */
    Map<String, Object> of(String key, String regime, String kind, String recipient, String jurisdiction,
            OffsetDateTime dueAt, OffsetDateTime targetAt, Instant anchor, Instant now) {
        OffsetDateTime deadline = dueAt != null ? dueAt
                : targetAt != null ? targetAt : now.plus(properties.undatedWindow()).atOffset(ZoneOffset.UTC);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("key", key);
        variables.put("regime", regime);
        variables.put("kind", kind);
        variables.put("recipient", recipient);
        variables.put("jurisdiction", jurisdiction);
        variables.put("dueAt", text(dueAt));
        variables.put("targetAt", text(dueAt != null ? null : deadline));
        variables.put("deadlineAt", text(notBefore(deadline, now)));
        variables.put("reminders", reminders(anchor, now, deadline, properties.reminderPoints()).stream()
                .map(ObligationVariables::text).toList());
        return variables;
    }

    /**
     * The reminder instants still to come, in the deadline's offset: each point of the window from
     * {@code anchor} (now when null or not before the deadline) to {@code deadline} that is not before now;
     * when every point has passed but the deadline has not, the last (at-risk) point at once; none when the
     * deadline has passed.
     */
    static List<OffsetDateTime> reminders(Instant anchor, Instant now, OffsetDateTime deadline, List<Integer> percents) {
        Instant due = deadline.toInstant();
        if (!due.isAfter(now)) {
            return List.of();
        }
        Instant start = anchor == null || !anchor.isBefore(due) ? now : anchor;
        Duration window = Duration.between(start, due);
        List<OffsetDateTime> points = new ArrayList<>();
        for (int percent : percents) {
            Instant point = start.plus(window.multipliedBy(percent).dividedBy(100));
            if (!point.isBefore(now)) {
                points.add(point.atOffset(deadline.getOffset()));
            }
        }
        if (points.isEmpty() && !percents.isEmpty()) {
            points.add(now.atOffset(deadline.getOffset()));
        }
        return points;
    }

    private static OffsetDateTime notBefore(OffsetDateTime time, Instant now) {
        return time.toInstant().isBefore(now) ? now.atOffset(time.getOffset()) : time;
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : ISO.format(time);
    }
}
