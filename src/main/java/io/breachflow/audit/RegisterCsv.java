package io.breachflow.audit;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Writes the register as CSV (RFC 4180, one row per entry). Cells that a spreadsheet would read as a
 * formula ({@code = + - @}, tab, carriage return) are prefixed with an apostrophe, since reasoning and
 * lessons are free text.
 */
final class RegisterCsv {

    static final List<String> HEADER = List.of("incidentId", "openedAt", "outcome", "reasoning", "decidedBy",
            "decidedAt", "title", "cause", "dataCategories", "awareAt", "affectedTotal", "affectedByJurisdiction",
            "highRisk", "encrypted", "latestRevision", "obligations", "remedialAction", "closedAt", "lessonsLearned");

    private RegisterCsv() {
    }

    static void write(List<RegisterEntry> entries, Writer out) {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(HEADER);
        for (RegisterEntry e : entries) {
            csv.writeRecord(List.of(e.incidentId(), text(e.openedAt()), e.outcome(), safe(e.reasoning()),
                    safe(e.decidedBy()), text(e.decidedAt()), safe(e.title()), text(e.cause()),
                    safe(text(e.dataCategories())), text(e.awareAt()), text(e.affectedTotal()),
                    safe(text(e.affectedDetail())), text(e.highRisk()), text(e.encrypted()), text(e.latestRevision()),
                    safe(text(e.obligations())),
                    safe(e.remedialAction()), text(e.closedAt()), safe(e.lessonsLearned())));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof Instant instant ? instant.toString() : value.toString();
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String trimmed = value.stripLeading();
        boolean formula = "\t\r\n".indexOf(first) >= 0
                || (!trimmed.isEmpty() && "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(trimmed.charAt(0)) >= 0);
        return formula ? "'" + value : value;
    }
}
