package io.breachflow.engine.rest;

import java.util.List;

/** One HTTP request as the routes see it: path parameters (the route pattern's groups) and the raw body. */
record Request(String method, String path, List<String> params, String contentType, byte[] body) {

    /** The {@code index}-th path parameter (from 1) as a key; 400 naming {@code name} when it is not a number. */
    long key(int index, String name) {
        String value = params.get(index - 1);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Problem.invalid("Expected '" + name + "' to be a numeric key, but got '" + value + "'");
        }
    }

    String param(int index) {
        return params.get(index - 1);
    }

    /** The body as a JSON object; an empty body is an empty object. */
    JsonBody json() {
        return JsonBody.parse(body);
    }
}
