package io.breachflow.notices;

/**
 * A cohort row that was not imported.
 *
 * @param line the line of the CSV file the row starts on (the header is line 1), or for a cohort query
 *     the row number (the first row is 1)
 * @param reason why, never quoting the value (it may be personal data)
 */
public record ImportReject(long line, String reason) implements java.io.Serializable {
}
