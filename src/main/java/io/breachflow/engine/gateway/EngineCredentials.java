package io.breachflow.engine.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The one account an exposed engine accepts: HTTP Basic credentials, as the Camunda client sends them with
 * {@code camunda.client.auth.method=basic} on every gRPC call and REST request. An engine that listens only on
 * loopback needs none ({@link #NONE}); one that listens elsewhere must have them, or anyone who reaches the port
 * could activate the breach processes' jobs and read their variables.
 */
public record EngineCredentials(String username, String password) {

    /** No authentication: only for an engine bound to loopback. */
    public static final EngineCredentials NONE = new EngineCredentials(null, null);

    public boolean required() {
        return username != null && !username.isBlank();
    }

    /** Whether an {@code Authorization} header carries exactly these credentials (compared in constant time). */
    public boolean accept(String authorization) {
        if (!required()) {
            return true;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] expected = (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8);
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(6).strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(expected, given);
    }

    @Override
    public String toString() {
        return required() ? "EngineCredentials[" + username + ", ****]" : "EngineCredentials[none]";
    }
}
