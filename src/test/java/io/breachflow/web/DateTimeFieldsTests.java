package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class DateTimeFieldsTests {

    private final DateTimeFields fields;

    DateTimeFieldsTests() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("clock", Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), ZoneOffset.UTC));
        fields = new DateTimeFields(beans.getBeanProvider(Clock.class));
    }

    @Test
    void aPickedLocalTimeBecomesOneDateTimeWithTheZonesOffsetOnThatDay() {
        assertThat(DateTimeFields.combine("2025-11-18T22:00", "Asia/Seoul")).isEqualTo("2025-11-18T22:00+09:00");
        assertThat(DateTimeFields.combine("2025-11-18T09:00", "America/Los_Angeles")).isEqualTo("2025-11-18T09:00-08:00");
        assertThat(DateTimeFields.combine("2025-07-18T09:00", "America/Los_Angeles")).isEqualTo("2025-07-18T09:00-07:00");
        assertThat(DateTimeFields.combine("2025-11-18T22:00:37", "Asia/Seoul")).isEqualTo("2025-11-18T22:00:37+09:00");
    }

    @Test
    void whatIsNotAPickerValueIsKeptAsSentForTheFormToRefuseBesideItsField() {
        assertThat(DateTimeFields.combine("2025-11-18T22:00:00+09:00", "UTC")).isEqualTo("2025-11-18T22:00:00+09:00");
        assertThat(DateTimeFields.combine("yesterday", "Asia/Seoul")).isEqualTo("yesterday");
        assertThat(DateTimeFields.combine("2025-11-18T22:00", "Mars/Olympus")).isEqualTo("2025-11-18T22:00");
        assertThat(DateTimeFields.combine("", "Asia/Seoul")).isEmpty();
    }

    @Test
    void aStoredTimeShowsInTheZoneItWasGivenInWithItsSecondsAndAUtcTimeInTheReadersZone() {
        assertThat(fields.shown("2025-11-18T22:00:00+09:00", Locale.ENGLISH))
                .isEqualTo(new DateTimeFields.Shown("2025-11-18T22:00", "Asia/Seoul"));
        assertThat(fields.shown("2025-11-18T09:00-08:00", Locale.KOREAN))
                .isEqualTo(new DateTimeFields.Shown("2025-11-18T09:00", "America/Los_Angeles"));
        DateTimeFields.Shown withSeconds = fields.shown("2025-11-18T22:00:37.250+09:00", Locale.KOREAN);
        assertThat(withSeconds).isEqualTo(new DateTimeFields.Shown("2025-11-18T22:00:37", "Asia/Seoul"));
        assertThat(withSeconds.step()).isEqualTo(1);
        assertThat(fields.shown("2025-11-18T13:00:00Z", Locale.KOREAN))
                .isEqualTo(new DateTimeFields.Shown("2025-11-18T22:00", "Asia/Seoul"));
        assertThat(fields.shown("2025-11-18T13:00:00Z", Locale.ENGLISH))
                .isEqualTo(new DateTimeFields.Shown("2025-11-18T13:00", "UTC"));
        assertThat(fields.shown("", Locale.KOREAN)).isEqualTo(new DateTimeFields.Shown("", "Asia/Seoul"));
    }

    @Test
    void eachZoneIsOfferedWithItsOffsetToday() {
        assertThat(fields.zones()).containsEntry("Asia/Seoul", "Asia/Seoul (UTC+09:00)")
                .containsEntry("America/Los_Angeles", "America/Los_Angeles (UTC-07:00)")
                .containsEntry("Europe/London", "Europe/London (UTC+01:00)").containsEntry("UTC", "UTC");
    }
}
