package io.breachflow.engine.processing;

import java.util.List;

/**
 * A process instance migration as a door receives it: the process definition the instance moves to and, per
 * element of its current definition, the element of the target that takes over its instances and catch events.
 */
public record Migration(long processInstanceKey, long targetProcessDefinitionKey, List<Mapping> mappings) {

    public Migration {
        mappings = List.copyOf(mappings);
    }

    /** Instances of (or the catch event) {@code sourceElementId} become instances of {@code targetElementId}. */
    public record Mapping(String sourceElementId, String targetElementId) {
    }
}
