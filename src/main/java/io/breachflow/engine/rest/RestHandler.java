package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes {@code /v2/...} requests to the first route whose method and path match and writes its answer,
 * or a problem. Answers that wait (long polls, awaited instances) are written when their future completes,
 * on {@code writer}, so the engine's processing thread never writes to a socket.
 */
final class RestHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RestHandler.class);

    private final List<Route> routes;
    private final Executor writer;

    RestHandler(List<Route> routes, Executor writer) {
        this.routes = List.copyOf(routes);
        this.writer = writer;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        CompletableFuture<Reply> reply;
        try {
            reply = route(exchange, path);
        } catch (RuntimeException e) {
            reply = CompletableFuture.failedFuture(e);
        }
        if (reply.isDone()) {
            write(exchange, path, reply);
        } else {
            CompletableFuture<Reply> pending = reply;
            pending.whenCompleteAsync((ignored, error) -> write(exchange, path, pending), writer);
        }
    }

    private CompletableFuture<Reply> route(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            List<String> params = new ArrayList<>();
            for (int i = 1; i <= matcher.groupCount(); i++) {
                params.add(matcher.group(i));
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            return route.action().answer(new Request(method, path, params,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
        }
        if (!allowed.isEmpty()) {
            throw Problem.methodNotAllowed("Expected " + String.join(" or ", allowed) + " for " + path + ", but got "
                    + method);
        }
        if (path.startsWith("/v2/")) {
            throw Problem.notImplemented("The embedded engine serves a subset of the Orchestration Cluster REST API "
                    + "(see the README, 'The embedded engine'); '" + method + " " + path + "' is not part of it");
        }
        throw Problem.notFound("No endpoint " + method + " " + path);
    }

    private void write(HttpExchange exchange, String path, CompletableFuture<Reply> reply) {
        try (exchange) {
            try {
                send(exchange, reply.join());
            } catch (RuntimeException e) {
                Problem problem = Problem.of(e);
                if (problem == null) {
                    LOG.warn("Engine REST request {} {} failed", exchange.getRequestMethod(), path, e);
                    send(exchange, problem(path, 500, "INTERNAL_SERVER_ERROR", "Expected to answer the request, but "
                            + rootCause(e).getClass().getSimpleName() + " occurred"));
                } else {
                    send(exchange, problem(path, problem.status(), problem.title(), problem.getMessage()));
                }
            }
        } catch (IOException e) {
            // the caller went away (e.g. gave up a long poll); activated jobs time out and return
            LOG.debug("Engine REST answer to {} not delivered: {}", path, e.toString());
        }
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() != null && e.getCause() != e ? e.getCause() : e;
    }

    private static Reply problem(String path, int status, String title, String detail) {
        ObjectNode body = Json.object();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", path);
        return new Reply(status, "application/problem+json", Json.bytes(body));
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        String type = reply.contentType();
        exchange.getResponseHeaders().set("Content-Type", type + (type.startsWith("text/")
                ? "; charset=" + StandardCharsets.UTF_8.name() : ""));
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
