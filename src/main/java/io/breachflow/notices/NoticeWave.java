package io.breachflow.notices;

import java.util.EnumSet;
import java.util.Set;

/**
 * How fast a run sends, and on which channels.
 *
 * @param messagesPerSecond the ceiling across all sessions (token bucket); 0 = unthrottled
 * @param sessions how many SMTP sessions send in parallel, each reusing its connection
 * @param channels the channels the run may use (of those configured); a person reachable on none of them is
 *     SUPPRESSED with that reason. Never empty.
 */
public record NoticeWave(int messagesPerSecond, int sessions, Set<Channel> channels) {

    public NoticeWave {
        if (messagesPerSecond < 0 || sessions < 1) {
            throw new IllegalArgumentException("Expected messagesPerSecond >= 0 and sessions >= 1, but got "
                    + messagesPerSecond + " and " + sessions);
        }
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("Expected at least one channel, but got none");
        }
        channels = java.util.Collections.unmodifiableSet(EnumSet.copyOf(channels)); // in enum order, for display
    }

    /** A wave on every configured channel. */
    public NoticeWave(int messagesPerSecond, int sessions) {
        this(messagesPerSecond, sessions, EnumSet.allOf(Channel.class));
    }

    /** Whether the run may use every channel (nothing to store or explain). */
    public boolean allChannels() {
        return channels.size() == Channel.values().length;
    }
}
