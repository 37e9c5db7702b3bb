package io.breachflow.regimes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class DeadlineWordsTests {

    private static final ResourceBundleMessageSource MESSAGES = messages();
    private final DeadlineWords words = new DeadlineWords(new ObligationNames(MESSAGES), MESSAGES);

    @Test
    void readsAKoreanDeadlineInKstWithTheTimeLeft() {
        OffsetDateTime due = OffsetDateTime.parse("2026-12-09T16:00:00Z");
        Instant now = Instant.parse("2026-12-07T13:00:00Z");

        assertThat(words.due(due, "KR-PIPA", null, now, Locale.ENGLISH))
                .isEqualTo("due Thu 10 Dec 01:00 KST (in 2 days 3 h)");
        assertThat(words.due(due, "KR-PIPA", null, now, Locale.KOREAN))
                .isEqualTo("12월 10일 (목) 01:00 KST까지 (2일 3시간 남음)");
    }

    @Test
    void findsTheZoneFromTheObligationKeyAndTheJurisdiction() {
        assertThat(words.atForKey("2026-12-10T09:00:00Z", "us-ca-ag", Locale.ENGLISH)).isEqualTo("Thu 10 Dec 01:00 PST");
        assertThat(words.atForKey("2026-12-10T09:00:00Z", "kr-pipa-report/supplement@2026-12-01T10:15:30Z",
                Locale.ENGLISH)).isEqualTo("Thu 10 Dec 18:00 KST");
        assertThat(words.at(OffsetDateTime.parse("2026-12-10T09:00:00Z"), "EU-GDPR", "PT", Locale.ENGLISH))
                .isEqualTo("Thu 10 Dec 09:00 WET");
    }

    @Test
    void saysTheYearOnlyWhenItIsNotThisYear() {
        OffsetDateTime due = OffsetDateTime.parse("2027-01-05T00:00:00Z");

        assertThat(words.at(due, "KR-PIPA", null, Instant.parse("2026-12-30T00:00:00Z"), Locale.ENGLISH))
                .isEqualTo("Tue 5 Jan 2027 09:00 KST");
        assertThat(words.at(due, "KR-PIPA", null, Instant.parse("2027-01-01T00:00:00Z"), Locale.KOREAN))
                .isEqualTo("1월 5일 (화) 09:00 KST");
    }

    @Test
    void keepsTheGivenOffsetWhenNoRegimeIsKnown() {
        assertThat(words.atForKey("2026-12-10T01:00:00+09:00", "no-such-rule", Locale.ENGLISH))
                .isEqualTo("Thu 10 Dec 01:00 UTC+09:00");
        assertThat(words.atForKey(null, "kr-pipa-report", Locale.ENGLISH)).isEmpty();
        assertThat(words.atForKey("not a time", "kr-pipa-report", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void saysHowLongIsLeftOrHowLongItIsOverdueInTheLargestUnitsThatMatter() {
        Instant due = Instant.parse("2026-12-10T00:00:00Z");

        assertThat(words.left(due, due.minusSeconds(26 * 3600 + 59 * 60), Locale.ENGLISH)).isEqualTo("in 1 day 2 h");
        assertThat(words.left(due, due.minusSeconds(3 * 86400), Locale.ENGLISH)).isEqualTo("in 3 days");
        assertThat(words.left(due, due.minusSeconds(5 * 3600 + 20 * 60), Locale.ENGLISH)).isEqualTo("in 5 h 20 min");
        assertThat(words.left(due, due.minusSeconds(45 * 60 + 30), Locale.ENGLISH)).isEqualTo("in 45 min");
        assertThat(words.left(due, due, Locale.ENGLISH)).isEqualTo("in 0 min");
        assertThat(words.left(due, due.plusSeconds(3 * 3600 + 10 * 60), Locale.ENGLISH)).isEqualTo("3 h 10 min overdue");
        assertThat(words.left(due, due.plusSeconds(2 * 86400), Locale.KOREAN)).isEqualTo("2일 초과");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/cases");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
