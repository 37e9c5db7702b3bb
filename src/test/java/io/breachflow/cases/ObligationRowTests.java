package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.ObligationStatus;
import org.junit.jupiter.api.Test;

class ObligationRowTests {

    private static CaseWorkspace.ObligationRow row(String basis) {
        return new CaseWorkspace.ObligationRow(new IncidentRecord.ObligationEntry("kr-network-act-report", "KR-NETWORK-ACT",
                "AUTHORITY_REPORT", "MSIT", null, null, ObligationStatus.OPEN, 1), basis, null, null);
    }

    @Test
    void theBasisKeepsItsCitationAndEachUnconfirmedReadingComesApartWithoutItsFlag() {
        CaseWorkspace.ObligationRow row = row("Network Act Art. 48-3(4), Decree Art. 58-2: 24 hours "
                + "(regulations.md §1.3) [UNCONFIRMED (flag kr-network-act-insider): whether a former employee's misuse "
                + "of a still-valid credential is a 침해사고 needs legal review (regulations.md §1.3)] [risk computed]");

        assertThat(row.basisText()).isEqualTo("Network Act Art. 48-3(4), Decree Art. 58-2: 24 hours "
                + "(regulations.md §1.3) [risk computed]");
        assertThat(row.unconfirmed()).containsExactly("whether a former employee's misuse of a still-valid "
                + "credential is a 침해사고 needs legal review (regulations.md §1.3)");
    }

    @Test
    void aConfirmedBasisIsShownAsItIs() {
        assertThat(row("PIPA Art. 34(1)").basisText()).isEqualTo("PIPA Art. 34(1)");
        assertThat(row("PIPA Art. 34(1)").unconfirmed()).isEmpty();
        assertThat(row(null).unconfirmed()).isEmpty();
    }
}
