package io.breachflow.workflow;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.workflow.*}.
 *
 * @param reminderPoints  when reminders fire, in percent of the window from determining the obligation
 *                        to its deadline; exactly three (the authority-report model has three reminder
 *                        timers, and escalates at the deadline itself), ascending, each 1–99
 * @param undatedWindow   the window assumed for an obligation with neither a deadline nor a target
 */
@ConfigurationProperties("breachflow.workflow")
record WorkflowProperties(@DefaultValue({"50", "75", "90"}) List<Integer> reminderPoints,
                          @DefaultValue("72h") Duration undatedWindow) {

    WorkflowProperties {
        if (reminderPoints.size() != 3) {
            throw new IllegalArgumentException("Expected three reminder points, but got " + reminderPoints);
        }
        for (int i = 0; i < 3; i++) {
            int point = reminderPoints.get(i);
            if (point < 1 || point > 99 || i > 0 && point <= reminderPoints.get(i - 1)) {
                throw new IllegalArgumentException(
                        "Expected ascending reminder points between 1 and 99, but got " + reminderPoints);
            }
        }
        reminderPoints = List.copyOf(reminderPoints);
    }

    static WorkflowProperties defaults() {
        return new WorkflowProperties(List.of(50, 75, 90), Duration.ofHours(72));
    }
}
