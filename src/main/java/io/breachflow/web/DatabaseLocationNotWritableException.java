package io.breachflow.web;

/**
 * The configured H2 file database lives in a directory Breachflow cannot create or write. Thrown
 * before any bean touches the database, so start-up ends with one clear sentence instead of a
 * connection-pool stack trace (see {@link DatabaseLocationFailureAnalyzer}).
 */
class DatabaseLocationNotWritableException extends IllegalStateException {

    private final String url;

    DatabaseLocationNotWritableException(String url, String directory, Throwable cause) {
        super("Expected a writable database directory " + directory + " for " + url + ", but it is not", cause);
        this.url = url;
    }

    String url() {
        return url;
    }
}
