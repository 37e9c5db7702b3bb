package io.breachflow.notices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A cohort read from the customer database instead of a file: the query must return the columns
 * {@code person_id, name, email, phone, jurisdiction, language} (optionally {@code postal_address}) in
 * that order, named so; rows stream with {@code fetchSize} and are validated like CSV lines, rejects
 * numbered by row (the first row is 1).
 *
 * @param sql a SELECT, with {@code ?} for parameters (never concatenate values into it)
 * @param parameters bound in order
 * @param fetchSize rows the driver fetches per round trip
 */
public record CohortQuery(String sql, List<Object> parameters, int fetchSize) {

    public static final int DEFAULT_FETCH_SIZE = 5_000;

    public CohortQuery {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("Expected a cohort query, but it is blank");
        }
        if (fetchSize < 1) {
            throw new IllegalArgumentException("Expected a fetch size of at least 1, but got " + fetchSize);
        }
        // parameters may hold nulls, which List.copyOf refuses
        parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
    }

    public static CohortQuery of(String sql, Object... parameters) {
        return new CohortQuery(sql, Arrays.asList(parameters), DEFAULT_FETCH_SIZE);
    }
}
