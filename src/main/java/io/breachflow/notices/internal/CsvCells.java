package io.breachflow.notices.internal;

/**
 * A cell a spreadsheet would run as a formula ({@code =cmd|' /C calc'!A0}) gets a leading apostrophe: the
 * mail house opens manifests in Excel, and names and addresses come from whoever filled in the cohort
 * (OWASP "CSV injection"). Leading blanks and full-width signs do not hide a formula.
 */
final class CsvCells {

    private static final String TRIGGERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private CsvCells() {
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String trimmed = value.stripLeading();
        boolean formula = first == '\t' || first == '\r' || first == '\n'
                || (!trimmed.isEmpty() && TRIGGERS.indexOf(trimmed.charAt(0)) >= 0);
        return formula ? "'" + value : value;
    }
}
