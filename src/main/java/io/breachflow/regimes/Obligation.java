package io.breachflow.regimes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * One duty to tell someone something by a deadline (design.md §7 {@code Obligation}). {@code basis}
 * cites the article and carries any UNCONFIRMED flag; {@code reason} says in one sentence why it applies.
 * {@code rule} names the rule that produced it; with {@code jurisdiction} it identifies the obligation
 * across scope revisions ({@link #key()}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Obligation(
        String regime,
        ObligationKind kind,
        String recipient,
        String jurisdiction,
        @JsonInclude(JsonInclude.Include.ALWAYS) OffsetDateTime dueAt,
        OffsetDateTime targetAt,
        String basis,
        String reason,
        String stage,
        String rule,
        String awaiting,
        Long affected,
        String channel,
        List<String> content) {

    /** Earliest deadline first; obligations with neither a deadline nor a target last. */
    public static final Comparator<Obligation> BY_DEADLINE = Comparator
            .comparing((Obligation o) -> o.deadline().effective(),
                    Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)))
            .thenComparing(Obligation::regime).thenComparing(Obligation::rule);

    public Obligation {
        content = content == null ? List.of() : List.copyOf(content);
    }

    /** Identity across revisions: the rule, and the jurisdiction for per-jurisdiction duties. */
    @JsonIgnore
    public String key() {
        return jurisdiction == null ? rule : rule + ":" + jurisdiction;
    }

    /** Why there is no deadline yet, in a form the pages can word; null when there is one. */
    @JsonIgnore
    public DeadlineGap gap() {
        return awaiting == null ? null : DeadlineGap.of(awaiting);
    }

    @JsonIgnore
    public Deadline deadline() {
        return new Deadline(dueAt, targetAt, awaiting);
    }
}
