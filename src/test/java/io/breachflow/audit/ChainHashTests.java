package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTests {

    private static final Instant AT = Instant.parse("2025-11-18T13:00:00.123456Z");

    @Test
    void theHashIsSha256OfThePreviousHashAndTheFieldsLengthPrefixed() {
        String expected = ChainHash.sha256(("64:" + ChainHash.GENESIS + "\n1:1\n27:2025-11-18T13:00:00.123456Z\n"
                + "6:system\n17:INCIDENT_REPORTED\n-1:\n3:x=1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(ChainHash.of(ChainHash.GENESIS, 1, AT, "system", "INCIDENT_REPORTED", null, "x=1"))
                .isEqualTo(expected).hasSize(64);
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, AT, "ab", "c", null, null))
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, AT, "a", "bc", null, null));
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, AT, "a", "b", null, ""))
                .as("an empty detail is not a missing one")
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 1, AT, "a", "b", null, null));
    }

    @Test
    void everyLinkDependsOnThePreviousHash() {
        String first = ChainHash.of(ChainHash.GENESIS, 1, AT, "a", "B", null, null);

        assertThat(ChainHash.of(first, 2, AT, "a", "B", null, null))
                .isNotEqualTo(ChainHash.of(ChainHash.GENESIS, 2, AT, "a", "B", null, null));
    }
}
