package io.breachflow.notices.internal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.cluster.ClusterNode;
import io.breachflow.cluster.ClusterProperties;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.LoggerFactory;

/**
 * One dispatcher node in a child JVM, for {@link DispatchClusterTests}:
 * {@code <jdbc-url> <user> <password> <smtp-port> <relay-log> <node-name>} on an already migrated PostgreSQL
 * schema, with a short lease (1 s heartbeat, 4 s lease, 500 ms poll). It joins RUNNING runs by itself;
 * standard input takes {@code start <run>}, {@code pause <run>}, {@code resume <run>} and {@code stop}; it
 * answers on standard output ({@code NODE <id>}, {@code STARTED}, {@code PAUSED}, {@code RESUMED},
 * {@code ENDED <status>} when this node reported a run's end).
 */
public final class ClusterDispatchMain {

    private ClusterDispatchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args[1]);
        config.setPassword(args[2]);
        config.setMaximumPoolSize(8);
        HikariDataSource dataSource = new HikariDataSource(config);
        ClusterNode node = new ClusterNode(dataSource, new ClusterProperties(true, args[5], Duration.ofSeconds(1),
                Duration.ofSeconds(4), Duration.ofMillis(500)), Clock.systemUTC());
        node.start();
        NoticeDispatcher dispatcher = new NoticeDispatcher(new JdbcLedgerStore(dataSource), PlaceholderLetter.renderer(),
                new DispatchChannels(new PipeliningSmtpGateway("127.0.0.1", Integer.parseInt(args[3])), null, null,
                        new RelayLogDeliveryLog(Path.of(args[4]))),
                new DispatchSettings("notices@breachflow.invalid", 100, 50, 5, Duration.ofMillis(50), 1_000),
                Clock.systemUTC(), (run, counts) -> say("ENDED " + run.status()), node);
        ClusterRuns runs = new ClusterRuns(dispatcher, node);
        runs.start();
        say("NODE " + node.id());
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            String[] command = line.trim().split(" ");
            switch (command[0]) {
                case "start" -> {
                    dispatcher.start(Long.parseLong(command[1]));
                    say("STARTED");
                }
                case "pause" -> {
                    dispatcher.pause(Long.parseLong(command[1]));
                    say("PAUSED");
                }
                case "resume" -> {
                    dispatcher.start(Long.parseLong(command[1]));
                    say("RESUMED");
                }
                case "stop" -> {
                    runs.close();
                    dispatcher.stopAll();
                    node.close();
                    dataSource.close();
                    say("STOPPED");
                    System.exit(0);
                }
                default -> say("UNKNOWN " + line);
            }
        }
        new java.util.concurrent.CountDownLatch(1).await(); // stdin closed: run until killed
    }

    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
