package io.breachflow.audit;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mass-access alarm's settings ({@code breachflow.audit.alarm.*}).
 *
 * @param window           the sliding window over which people read are summed per user
 * @param thresholds       role name (COMPLIANCE_OFFICER, ...) → people in the window at which the alarm goes
 *                         off; a user with several roles gets the highest of theirs
 * @param defaultThreshold for users none of whose roles is listed
 * @param userThresholds   user name → threshold, before any role's (e.g. a service account that exports the
 *                         register nightly, named here so that its exports alarm only above their usual size)
 * @param workingHours     access outside {@code start}–{@code end} in {@code zone} is flagged; disabled when
 *                         {@code enabled} is false
 * @param newAddresses     flag the first access of a user from an address they were never seen at
 * @param mailTo           who is told (the DPO); empty to tell no one by mail
 * @param mailFrom         the sender of alarm mail
 * @param mailLanguage     the language of alarm mail
 */
@ConfigurationProperties("breachflow.audit.alarm")
public record AccessAlarmProperties(
        @DefaultValue("PT1H") Duration window,
        @DefaultValue Map<String, Long> thresholds,
        @DefaultValue("1000") long defaultThreshold,
        @DefaultValue Map<String, Long> userThresholds,
        @DefaultValue WorkingHours workingHours,
        @DefaultValue("true") boolean newAddresses,
        @DefaultValue("dpo@breachflow.local") String mailTo,
        @DefaultValue("breachflow@localhost") String mailFrom,
        @DefaultValue("en") String mailLanguage) {

    /** Working hours in one zone; access outside them is flagged. */
    public record WorkingHours(@DefaultValue("true") boolean enabled, @DefaultValue("07:00") LocalTime start,
            @DefaultValue("21:00") LocalTime end, @DefaultValue("Asia/Seoul") ZoneId zone) {

        boolean contains(LocalTime time) {
            return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                    : !time.isBefore(start) || time.isBefore(end);
        }
    }

    /** The threshold for {@code actor} holding {@code roles} (names without the {@code ROLE_} prefix). */
    long thresholdFor(String actor, Iterable<String> roles) {
        Long own = userThresholds.get(actor);
        if (own != null) {
            return own;
        }
        long best = -1;
        for (String role : roles) {
            Long configured = thresholds.get(role);
            if (configured != null && configured > best) {
                best = configured;
            }
        }
        return best < 0 ? defaultThreshold : best;
    }
}
