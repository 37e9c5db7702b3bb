package io.breachflow.engine.processing;

import java.util.List;

/**
 * A task listener's job result, as 8.8's {@code CompleteJobRequest.result} ({@code type: userTask}) carries it:
 * deny the transition (with a reason), or correct task properties. A null correction keeps the value; an empty
 * string or list clears it, as Zeebe reads {@code JobResultCorrections}.
 */
public record UserTaskJobResult(boolean denied, String deniedReason, Corrections corrections) {

    public static final UserTaskJobResult NONE = new UserTaskJobResult(false, null, null);

    /** The correctable properties; null = not corrected. */
    public record Corrections(String assignee, String dueDate, String followUpDate, List<String> candidateUsers,
            List<String> candidateGroups, Integer priority) {

        public boolean isEmpty() {
            return assignee == null && dueDate == null && followUpDate == null && candidateUsers == null
                    && candidateGroups == null && priority == null;
        }
    }
}
