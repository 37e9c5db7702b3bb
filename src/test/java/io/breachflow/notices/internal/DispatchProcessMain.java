package io.breachflow.notices.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.NoticeWave;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher alone in a child JVM, for {@link DispatchKillRecoveryTests}: {@code start <db> <port> <n>}
 * imports n synthetic people and sends until killed; {@code resume <db> <port>} resumes interrupted runs
 * on the same H2 file and exits once they complete. Talks to its parent on standard output.
 */
public final class DispatchProcessMain {

    private DispatchProcessMain() {
    }

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + args[1] + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        config.setUsername("sa");
        config.setMaximumPoolSize(10);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        JdbcLedgerStore store = new JdbcLedgerStore(dataSource);
        CountDownLatch completed = new CountDownLatch(1);
        LetterRenderer letters = PlaceholderLetter.renderer();
        NoticeDispatcher dispatcher = new NoticeDispatcher(store, letters,
                DispatchChannels.mailOnly(new PipeliningSmtpGateway("127.0.0.1", Integer.parseInt(args[2]))),
                new DispatchSettings("notices@breachflow.invalid", 100, 50, 5, Duration.ofMillis(50), 1_000),
                Clock.systemUTC(), (run, counts) -> completed.countDown());
        if ("start".equals(args[0])) {
            long cohort = Cohorts.synthetic(dataSource, Integer.parseInt(args[3]));
            long runId = store.newRun(cohort, PlaceholderLetter.letter(letters),
                    new NoticeWave(Integer.parseInt(args[4]), 4), System.currentTimeMillis());
            dispatcher.start(runId);
            System.out.println("RUN " + runId);
            System.out.flush();
            new CountDownLatch(1).await(); // until killed
        } else {
            dispatcher.resumeInterrupted();
            completed.await();
            System.out.println("COMPLETED");
            System.out.flush();
            dataSource.close();
            System.exit(0);
        }
    }
}
