package io.breachflow.notices;

/**
 * How fast a run sends.
 *
 * @param messagesPerSecond the ceiling across all sessions (token bucket); 0 = unthrottled
 * @param sessions how many SMTP sessions send in parallel, each reusing its connection
 */
public record NoticeWave(int messagesPerSecond, int sessions) {

    public NoticeWave {
        if (messagesPerSecond < 0 || sessions < 1) {
            throw new IllegalArgumentException("Expected messagesPerSecond >= 0 and sessions >= 1, but got "
                    + messagesPerSecond + " and " + sessions);
        }
    }
}
