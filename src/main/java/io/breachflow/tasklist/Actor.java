package io.breachflow.tasklist;

import java.util.Set;

/** Who acts on a task: the account name and its roles (without the {@code ROLE_} prefix). */
public record Actor(String username, Set<String> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }
}
