package io.breachflow.web;

import java.sql.SQLException;
import java.util.Set;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Explains in one line why Breachflow could not open its database when the cause is the location:
 * the early {@link DatabaseLocationCheck}, or H2 reporting that it cannot create, write or open its
 * files. Registered in {@code META-INF/spring.factories}; runs before Spring Boot's own analyzers.
 */
public class DatabaseLocationFailureAnalyzer implements FailureAnalyzer, Ordered {

    /** H2 error codes for files it cannot create, read-only databases and I/O errors on open. */
    private static final Set<Integer> H2_LOCATION_ERRORS = Set.of(90062, 90097, 90028, 90031, 90020);

    private static final String ACTION = "Set spring.datasource.url or fix the permissions.";

    private final Environment environment;

    /** Spring Boot passes the environment; it is null when start-up failed before one existed. */
    public DatabaseLocationFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseLocationNotWritableException notWritable) {
                return analysis(notWritable.url(), failure);
            }
            if (cause instanceof SQLException sql && isH2LocationError(sql)) {
                return analysis(configuredUrl(), failure);
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static boolean isH2LocationError(SQLException sql) {
        return sql.getClass().getName().startsWith("org.h2.") && H2_LOCATION_ERRORS.contains(sql.getErrorCode());
    }

    private String configuredUrl() {
        String url = environment == null ? null : environment.getProperty("spring.datasource.url");
        return url == null ? "the configured spring.datasource.url" : url;
    }

    private static FailureAnalysis analysis(String url, Throwable failure) {
        String location = DatabaseLocationCheck.h2Directory(url).map(Object::toString).orElse(url);
        String description = "Breachflow cannot open its database at " + location
                + ": cannot create or write the database directory (" + url + "). " + ACTION;
        return new FailureAnalysis(description, ACTION, failure);
    }
}
