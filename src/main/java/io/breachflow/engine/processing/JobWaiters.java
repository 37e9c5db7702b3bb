package io.breachflow.engine.processing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Workers waiting for jobs: parked long polls (answered as soon as a job of their type exists) and
 * open job streams (each new job pushed to one of them). Touched only by the processing thread.
 */
final class JobWaiters {

    static final class Poll {
        final String type;
        final String worker;
        final long timeout;
        final int max;
        final Set<String> fetch;
        final Consumer<List<ActivatedJobData>> respond;
        ScheduledFuture<?> expiry;

        Poll(String type, String worker, long timeout, int max, Set<String> fetch,
                Consumer<List<ActivatedJobData>> respond) {
            this.type = type;
            this.worker = worker;
            this.timeout = timeout;
            this.max = max;
            this.fetch = fetch;
            this.respond = respond;
        }
    }

    record Stream(String type, String worker, long timeout, Set<String> fetch, Predicate<ActivatedJobData> push) {
    }

    private final Map<String, Deque<Poll>> polls = new HashMap<>();
    private final Map<String, List<Stream>> streams = new HashMap<>();
    private int nextStream;

    boolean isWaiting(String type) {
        Deque<Poll> waiting = polls.get(type);
        List<Stream> open = streams.get(type);
        return (waiting != null && !waiting.isEmpty()) || (open != null && !open.isEmpty());
    }

    java.util.Set<String> waitingTypes() {
        java.util.Set<String> types = new java.util.HashSet<>();
        polls.forEach((type, waiting) -> {
            if (!waiting.isEmpty()) {
                types.add(type);
            }
        });
        streams.forEach((type, open) -> {
            if (!open.isEmpty()) {
                types.add(type);
            }
        });
        return types;
    }

    void park(Poll poll) {
        polls.computeIfAbsent(poll.type, t -> new ArrayDeque<>()).add(poll);
    }

    /** Removes a poll; true if it was still waiting (so the caller answers it). */
    boolean unpark(Poll poll) {
        Deque<Poll> waiting = polls.get(poll.type);
        return waiting != null && waiting.remove(poll);
    }

    Deque<Poll> polls(String type) {
        return polls.getOrDefault(type, new ArrayDeque<>());
    }

    void open(Stream stream) {
        streams.computeIfAbsent(stream.type(), t -> new ArrayList<>()).add(stream);
    }

    void close(Stream stream) {
        List<Stream> open = streams.get(stream.type());
        if (open != null) {
            open.remove(stream);
        }
    }

    /** The next stream of a type in round-robin order, or null. */
    Stream nextStream(String type) {
        List<Stream> open = streams.getOrDefault(type, List.of());
        if (open.isEmpty()) {
            return null;
        }
        return open.get(Math.floorMod(nextStream++, open.size()));
    }

    List<Poll> drainAll() {
        List<Poll> all = new ArrayList<>();
        polls.values().forEach(all::addAll);
        polls.clear();
        return all;
    }
}
