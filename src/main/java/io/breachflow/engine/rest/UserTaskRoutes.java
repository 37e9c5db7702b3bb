package io.breachflow.engine.rest;

import java.util.List;

/**
 * {@code /v2/user-tasks/...}: Camunda user tasks ({@code zeebe:userTask}), answered by {@link UserTaskEndpoints}
 * (search, get, assign, unassign, update, complete, variable search). Commands answer once the task's listeners
 * ran, without holding an HTTP thread while they run.
 */
final class UserTaskRoutes {
    private static final String PATH = "/v2/user-tasks(?:/.*)?";

    private final UserTaskEndpoints endpoints;

    UserTaskRoutes(UserTaskEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    List<Route> routes() {
        return List.of("GET", "POST", "PUT", "PATCH", "DELETE").stream()
                .map(method -> Route.async(method, PATH, request -> endpoints.answer(method, request.path(),
                        request.body()).thenApply(UserTaskRoutes::reply)))
                .toList();
    }

    private static Reply reply(UserTaskEndpoints.Reply answer) {
        return answer.body() == null ? new Reply(answer.status(), "application/json", new byte[0])
                : new Reply(answer.status(), "application/json", Json.bytes(answer.body()));
    }
}
