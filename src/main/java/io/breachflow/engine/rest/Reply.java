package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;

/** A response before it is written: status, content type and body (empty for 204). */
record Reply(int status, String contentType, byte[] body) {

    static final Reply NO_CONTENT = new Reply(204, "application/json", new byte[0]);

    static Reply json(JsonNode body) {
        return new Reply(200, "application/json", Json.bytes(body));
    }

    static Reply xml(byte[] body) {
        return new Reply(200, "text/xml", body);
    }
}
