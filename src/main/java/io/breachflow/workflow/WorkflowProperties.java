package io.breachflow.workflow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.workflow.*}.
 *
 * @param reminderPoints  when reminders fire, in percent of the window from determining the obligation
 *                        to its deadline, ascending, each 1–99 (the last one also tells the DPO the
 *                        obligation is at risk); the deadline itself always escalates
 * @param undatedWindow   the window assumed for an obligation with neither a deadline nor a target
 * @param mail            whom reminder and escalation mail goes to
 */
@ConfigurationProperties("breachflow.workflow")
record WorkflowProperties(@DefaultValue({"50", "75", "90"}) List<Integer> reminderPoints,
                          @DefaultValue("72h") Duration undatedWindow,
                          @DefaultValue Mail mail) {

    /**
     * Reminder mail addresses.
     *
     * @param from           the sender
     * @param groups         candidate group (e.g. {@code compliance-officer}) → the team's address
     * @param dpo            the DPO's address, told when an obligation is at risk or overdue
     * @param authorities    authority code (or {@code AG:US-CA} for one jurisdiction's) → the address that
     *                       accepts reports by email; authorities without one are filed on their portal
     */
    record Mail(@DefaultValue("breachflow@localhost") String from,
                @DefaultValue Map<String, String> groups,
                @DefaultValue("dpo@localhost") String dpo,
                @DefaultValue Map<String, String> authorities) {

        Mail {
            groups = groups == null ? Map.of() : Map.copyOf(groups);
            authorities = authorities == null ? Map.of() : Map.copyOf(authorities);
        }
    }

    WorkflowProperties {
        for (int i = 0; i < reminderPoints.size(); i++) {
            int point = reminderPoints.get(i);
            if (point < 1 || point > 99 || i > 0 && point <= reminderPoints.get(i - 1)) {
                throw new IllegalArgumentException(
                        "Expected ascending reminder points between 1 and 99, but got " + reminderPoints);
            }
        }
        reminderPoints = List.copyOf(reminderPoints);
    }

    static WorkflowProperties defaults() {
        return new WorkflowProperties(List.of(50, 75, 90), Duration.ofHours(72),
                new Mail("breachflow@localhost", Map.of(), "dpo@localhost", Map.of()));
    }
}
