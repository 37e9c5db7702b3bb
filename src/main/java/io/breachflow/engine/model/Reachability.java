package io.breachflow.engine.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Elements reachable over sequence flows, used to decide when an inclusive gateway may join. */
final class Reachability {

    private Reachability() {
    }

    static Set<String> from(ExecutableElement start) {
        Set<String> seen = new HashSet<>();
        Deque<ExecutableElement> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            ExecutableElement element = todo.pop();
            for (ExecutableFlow flow : element.outgoing) {
                if (seen.add(flow.target().id())) {
                    todo.push(flow.target());
                }
            }
        }
        return Set.copyOf(seen);
    }
}
