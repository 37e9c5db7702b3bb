package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterCsvTests {

    private static final RegisterEntry FALSE_ALARM = new RegisterEntry("5b8f0e36-8d3c-4a43-9f0b-0b6a1c1d2e3f",
            Instant.parse("2025-11-20T00:00:00Z"), "FALSE_ALARM", "=HYPERLINK(\"http://x\"), \"quoted\"", "officer",
            Instant.parse("2025-11-20T01:00:00Z"), null, null, null, null, null, null, null, null, null, null,
            "-wiped", null, null);

    @Test
    void writesOneRowPerEntryUnderTheHeaderWithQuotingPerRfc4180() {
        StringWriter out = new StringWriter();

        RegisterCsv.write(List.of(FALSE_ALARM), out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", RegisterCsv.HEADER));
        assertThat(lines[1]).startsWith("5b8f0e36-8d3c-4a43-9f0b-0b6a1c1d2e3f,2025-11-20T00:00:00Z,FALSE_ALARM,")
                .contains("\"'=HYPERLINK(\"\"http://x\"\"), \"\"quoted\"\"\"").contains(",'-wiped,");
    }

    @Test
    void cellsASpreadsheetWouldEvaluateAreDefused() {
        assertThat(RegisterCsv.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(RegisterCsv.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RegisterCsv.safe("Backup job")).isEqualTo("Backup job");
        assertThat(RegisterCsv.safe(" =cmd|' /C calc'!A0")).startsWith("'");
        assertThat(RegisterCsv.safe("\uFF1D1+1")).startsWith("'");
        assertThat(RegisterCsv.safe(null)).isEmpty();
    }
}
