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

    @Test
    void keyedLinksAreHmacSha256OverTheSameTextAndDependOnTheKey() throws Exception {
        String key = "a-test-audit-key-of-at-least-32-characters";
        AuditKeys keys = new AuditKeys(key, java.util.List.of());
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal(("64:" + ChainHash.GENESIS
                + "\n1:1\n27:2025-11-18T13:00:00.123456Z\n6:system\n17:INCIDENT_REPORTED\n-1:\n3:x=1\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(ChainHash.keyed(keys, keys.currentId(), ChainHash.GENESIS, 1, AT, "system", "INCIDENT_REPORTED",
                null, "x=1")).contains(expected);
        AuditKeys other = new AuditKeys("another-audit-key-of-at-least-32-characters", java.util.List.of());
        assertThat(ChainHash.keyed(other, other.currentId(), ChainHash.GENESIS, 1, AT, "system",
                "INCIDENT_REPORTED", null, "x=1")).get().isNotEqualTo(expected);
        assertThat(ChainHash.keyed(keys, other.currentId(), ChainHash.GENESIS, 1, AT, "a", "B", null, null))
                .as("an unknown key id").isEmpty();
    }

    @Test
    void aKeyShorterThan32CharactersIsRefusedInOneLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new AuditKeys("short", java.util.List.of()))
                .isInstanceOf(MissingAuditKeyException.class)
                .hasMessage("Expected audit keys of at least 32 characters, but one has 5");
    }

    @Test
    void withoutAKeyOnlyTheDefaultProfileGeneratesOneAndOtherProfilesRefuseToStart(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("audit.key");
        AuditProperties none = new AuditProperties(null, file, java.util.List.of(), dir.resolve("c.log"),
                java.time.Duration.ofMinutes(15), null, null, null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuditConfiguration.currentKey(none, false))
                .isInstanceOf(MissingAuditKeyException.class).hasMessageContaining("does not exist");
        String generated = AuditConfiguration.currentKey(none, true);

        assertThat(generated).hasSizeGreaterThanOrEqualTo(AuditKeys.MIN_LENGTH);
        assertThat(AuditConfiguration.currentKey(none, false)).as("read back on the next start").isEqualTo(generated);
    }
}
