package io.breachflow.drill;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * A drill scenario: the incident it reports when the drill starts (facts as the REST API takes them, timed from the
 * drill's start) and the news that arrives later (injects: scope revisions at a drill time after the start).
 *
 * @param id the code the drill page posts ({@code kr-retail})
 * @param zone where the drill's times are shown
 * @param facts the design.md §7 facts body for a drill starting at the given instant
 */
public record Scenario(String id, ZoneId zone, Function<Instant, ObjectNode> facts, List<Inject> injects) {

    public Scenario {
        injects = List.copyOf(injects);
    }

    /**
     * A scope revision the scenario applies once the drill clock passes {@code start + after}.
     *
     * @param facts the changed facts (a revision body's {@code facts}), given the drill's start
     */
    public record Inject(Duration after, String note, Function<Instant, ObjectNode> facts) {
    }

    /** Message key of the scenario's name. */
    public String nameKey() {
        return "drill.scenario." + id;
    }

    /** Message key of what the scenario exercises. */
    public String descriptionKey() {
        return "drill.scenario." + id + ".description";
    }
}
