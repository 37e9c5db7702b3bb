package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTests {

    @Test
    void aFormulaInANameOrAddressReachesTheMailHouseAsText() {
        assertThat(CsvCells.safe("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(CsvCells.safe("+1 555")).startsWith("'");
        assertThat(CsvCells.safe("-2+3")).startsWith("'");
        assertThat(CsvCells.safe("@SUM(A1)")).startsWith("'");
        assertThat(CsvCells.safe("  =HYPERLINK(\"x\")")).startsWith("'");
        assertThat(CsvCells.safe("\uFF1Dcmd")).startsWith("'");
        assertThat(CsvCells.safe("\tx")).startsWith("'");
    }

    @Test
    void ordinaryTextStaysAsItIs() {
        assertThat(CsvCells.safe("김민수")).isEqualTo("김민수");
        assertThat(CsvCells.safe("12 Main St, Springfield")).isEqualTo("12 Main St, Springfield");
        assertThat(CsvCells.safe(null)).isEmpty();
    }
}
