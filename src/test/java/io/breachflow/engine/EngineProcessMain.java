package io.breachflow.engine;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Runs the engine in its own JVM on an H2 file, so a test can {@code kill -9} it for real.
 * Prints {@code READY <port>} once the gateway listens.
 */
public final class EngineProcessMain {

    private EngineProcessMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        QuietLogging.apply(ch.qos.logback.classic.Level.WARN);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + args[0] + EngineHarness.H2_SETTINGS);
        EmbeddedEngine engine = EmbeddedEngine.start(dataSource, Clock.systemUTC(), "127.0.0.1", 0);
        System.out.println("READY " + engine.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
