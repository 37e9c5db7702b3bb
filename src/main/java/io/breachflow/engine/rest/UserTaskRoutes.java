package io.breachflow.engine.rest;

import java.util.List;

/**
 * {@code /v2/user-tasks/...}: Camunda user tasks ({@code zeebe:userTask}) are not run by the embedded engine yet,
 * so every method answers 501 saying so, rather than a generic "not part of the subset".
 */
final class UserTaskRoutes {
    private static final String PATH = "/v2/user-tasks(?:/.*)?";

    List<Route> routes() {
        return List.of("GET", "POST", "PUT", "PATCH", "DELETE").stream()
                .map(method -> Route.sync(method, PATH, request -> {
                    throw Problem.notImplemented("Expected no Camunda user task request, but '" + method + " "
                            + request.path() + "' was sent: the embedded engine does not run Camunda user tasks "
                            + "(zeebe:userTask) yet; model human work as job-based user tasks");
                }))
                .toList();
    }
}
