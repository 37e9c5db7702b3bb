package io.breachflow.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a logback configuration, plain JUnit runs log at DEBUG (netty, gRPC, Hikari). Raise the
 * root level programmatically rather than adding a logback-test.xml that would also change the
 * logging of the Spring tests.
 */
public final class QuietLogging {

    private QuietLogging() {
    }

    public static void apply(Level level) {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(level);
        }
    }
}
