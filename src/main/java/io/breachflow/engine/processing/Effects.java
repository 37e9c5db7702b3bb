package io.breachflow.engine.processing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a command leaves for after its commit: wake-ups, answers to waiting callers, notifications. */
final class Effects {
    final Set<String> jobTypesAvailable = new LinkedHashSet<>();
    final List<Object[]> wakeUps = new ArrayList<>();
    final Map<Long, String> completedInstances = new LinkedHashMap<>();
    final Set<Long> terminatedInstances = new LinkedHashSet<>();
    final List<Runnable> afterCommit = new ArrayList<>();
    final Map<Long, CommandProcessor.ResultWaiter> resultWaiters = new LinkedHashMap<>();

    /** Callers waiting for a user task command's transition (registered by the command that started it). */
    final Map<Long, java.util.concurrent.CompletableFuture<Void>> taskWaiters = new LinkedHashMap<>();
    /** Transitions that ended: null = done, else the rejection the waiting caller gets. */
    final Map<Long, Rejection> taskOutcomes = new LinkedHashMap<>();

    void taskOutcome(long userTaskKey, Rejection rejection) {
        taskOutcomes.put(userTaskKey, rejection);
    }

    void jobAvailable(String type) {
        jobTypesAvailable.add(type);
    }

    long timerDue = Long.MAX_VALUE;

    void timerDueAt(long at) {
        timerDue = Math.min(timerDue, at);
    }

    void wakeUpAt(String type, long at) {
        wakeUps.add(new Object[] {type, at});
    }
}
