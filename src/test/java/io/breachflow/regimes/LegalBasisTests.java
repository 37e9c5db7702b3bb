package io.breachflow.regimes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalBasisTests {

    @Test
    void theBasisKeepsItsCitationAndEachUnconfirmedReadingComesApartWithoutItsFlag() {
        LegalBasis.Parts parts = LegalBasis.split("Network Act Art. 48-3(4), Decree Art. 58-2: 24 hours "
                + "(regulations.md §1.3) [UNCONFIRMED (flag kr-network-act-insider): whether a former employee's misuse "
                + "of a still-valid credential is a 침해사고 needs legal review (regulations.md §1.3)] [risk computed]");

        assertThat(parts.text()).isEqualTo("Network Act Art. 48-3(4), Decree Art. 58-2: 24 hours "
                + "(regulations.md §1.3) [risk computed]");
        assertThat(parts.unconfirmed()).containsExactly("whether a former employee's misuse of a still-valid "
                + "credential is a 침해사고 needs legal review (regulations.md §1.3)");
    }

    @Test
    void aConfirmedBasisIsShownAsItIs() {
        assertThat(LegalBasis.split("PIPA Art. 34(1)")).isEqualTo(new LegalBasis.Parts("PIPA Art. 34(1)",
                java.util.List.of()));
        assertThat(LegalBasis.split(null).unconfirmed()).isEmpty();
    }
}
