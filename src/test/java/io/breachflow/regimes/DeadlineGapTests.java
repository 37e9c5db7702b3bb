package io.breachflow.regimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.breachflow.regimes.calendar.ShippedBusinessCalendars;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The reason an obligation has no deadline, read back out of the stored {@code awaiting} text. */
class DeadlineGapTests {

    @Test
    void readsTheCalendarAndTheYearOutOfTheShippedCalendarsOwnRefusal() {
        Throwable refused = catchThrowable(() -> new ShippedBusinessCalendars()
                .plusBusinessDays("KR", LocalDate.of(2028, 3, 2), 4));
        String awaiting = Deadline.CALENDAR_MISSING + " (" + refused.getMessage() + ")";

        DeadlineGap gap = DeadlineGap.of(awaiting);

        assertThat(gap.kind()).isEqualTo(DeadlineGap.Kind.CALENDAR_MISSING);
        assertThat(gap.isError()).isTrue();
        assertThat(gap.namesCalendar()).isTrue();
        assertThat(gap.calendar()).isEqualTo("KR");
        assertThat(gap.year()).isEqualTo(2028);
        assertThat(gap.coverage()).isEqualTo("2024–2026");
    }

    @Test
    void aCalendarGapInOtherWordsIsStillAnErrorWithoutNamingTheCalendar() {
        DeadlineGap gap = DeadlineGap.of(Deadline.CALENDAR_MISSING
                + " (Expected business-day calendar KR, but none is installed)");

        assertThat(gap.isError()).isTrue();
        assertThat(gap.namesCalendar()).isFalse();
    }

    @Test
    void tellsAClockThatRunsFromTheIndividualNoticeFromAMilestoneStillToCome() {
        assertThat(DeadlineGap.of(Deadline.AFTER_INDIVIDUAL_NOTICE + " (us-ca-individuals)").kind())
                .isEqualTo(DeadlineGap.Kind.AFTER_INDIVIDUAL_NOTICE);
        DeadlineGap milestone = DeadlineGap.of("milestones.materialityDeterminedAt");
        assertThat(milestone.kind()).isEqualTo(DeadlineGap.Kind.MILESTONE);
        assertThat(milestone.field()).isEqualTo("materialityDeterminedAt");
        assertThat(milestone.isError()).isFalse();
        assertThat(DeadlineGap.of("the end of incident handling").kind()).isEqualTo(DeadlineGap.Kind.OTHER);
        assertThat(DeadlineGap.of(null)).isNull();
    }
}
