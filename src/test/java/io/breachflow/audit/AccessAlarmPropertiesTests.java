package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessAlarmPropertiesTests {

    private static AccessAlarmProperties properties(LocalTime start, LocalTime end) {
        return new AccessAlarmProperties(Duration.ofHours(1), Map.of("COMPLIANCE_OFFICER", 1_000L, "LEGAL", 200L),
                500, Map.of("export-bot", 20_000L),
                new AccessAlarmProperties.WorkingHours(true, start, end, ZoneId.of("Asia/Seoul")), true, "dpo@x", "bf@x",
                "en");
    }

    @Test
    void aUserWithSeveralRolesGetsTheHighestOfTheirThresholdsAndAnUnlistedRoleTheDefault() {
        AccessAlarmProperties alarm = properties(LocalTime.of(7, 0), LocalTime.of(21, 0));

        assertThat(alarm.thresholdFor("lee", List.of("LEGAL", "COMPLIANCE_OFFICER"))).isEqualTo(1_000);
        assertThat(alarm.thresholdFor("kim", List.of("AUDITOR"))).isEqualTo(500);
        assertThat(alarm.thresholdFor("export-bot", List.of("LEGAL"))).as("a named user before any role")
                .isEqualTo(20_000);
    }

    @Test
    void workingHoursIncludeTheirStartExcludeTheirEndAndMayRunPastMidnight() {
        AccessAlarmProperties.WorkingHours day = properties(LocalTime.of(7, 0), LocalTime.of(21, 0)).workingHours();
        AccessAlarmProperties.WorkingHours night = properties(LocalTime.of(22, 0), LocalTime.of(6, 0)).workingHours();

        assertThat(day.contains(LocalTime.of(7, 0))).isTrue();
        assertThat(day.contains(LocalTime.of(21, 0))).isFalse();
        assertThat(day.contains(LocalTime.of(3, 0))).as("the insider's 3 a.m. reads").isFalse();
        assertThat(night.contains(LocalTime.of(23, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(12, 0))).isFalse();
    }
}
