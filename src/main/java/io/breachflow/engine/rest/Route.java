package io.breachflow.engine.rest;

import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * One endpoint: a method and a path pattern (its groups are the path parameters) and what answers it.
 * Actions answer with a future so that long polls and awaited instances hold no HTTP thread.
 */
record Route(String method, Pattern path, Action action) {

    /** Answers one request; a {@link Problem} (thrown or completing the future) becomes problem JSON. */
    @FunctionalInterface
    interface Action {
        CompletableFuture<Reply> answer(Request request) throws java.io.IOException;
    }

    /** A route whose answer is computed at once, on the HTTP thread. */
    @FunctionalInterface
    interface Sync {
        Reply answer(Request request) throws java.io.IOException;
    }

    static Route async(String method, String path, Action action) {
        return new Route(method, Pattern.compile(path), action);
    }

    static Route sync(String method, String path, Sync action) {
        return new Route(method, Pattern.compile(path), request -> CompletableFuture.completedFuture(
                action.answer(request)));
    }
}
