package io.breachflow.notices.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.cluster.ClusterNode;
import io.breachflow.cluster.ClusterProperties;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.RunProgress;
import io.breachflow.notices.RunStatus;
import io.breachflow.notices.internal.ClusterRuns;
import io.breachflow.notices.internal.CohortImporter;
import io.breachflow.notices.internal.DispatchChannels;
import io.breachflow.notices.internal.DispatchSettings;
import io.breachflow.notices.internal.JdbcLedgerStore;
import io.breachflow.notices.internal.LetterRenderer;
import io.breachflow.notices.internal.NoticeDispatcher;
import io.breachflow.notices.internal.PipeliningSmtpGateway;
import io.breachflow.notices.internal.PlaceholderLetter;
import io.breachflow.notices.internal.RunListener;
import io.breachflow.notices.internal.SmtpMailGateway;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * N synthetic recipients: CSV file → streaming import → run of the Korean letter → real SMTP to
 * {@code smtp-sink} (started by {@code scripts/bench-dispatch.sh}). The same classes the application
 * wires, on an H2 file database with the application's URL settings in a temporary directory.
 *
 * <p>Last line: {@code nodes=<k> notices/s=<x> minutes=<t> import-rows/s=<y> peak-heap-mb=<z>
 * [node-peak-heap-mb=<a,b,…>] ledger-sent=<n>}; the script appends the sink's count.
 *
 * <p>With {@code -Dbench.nodes=k} (PostgreSQL only) this process is node 1 and starts k-1 more JVMs
 * ({@code DispatchBenchmark node <url> <user> <password> <port> <name>}) that join the run as a cluster
 * node does; each reports its peak heap when the run completed. On PostgreSQL every node, also a single
 * one, runs as a cluster node (claims with SKIP LOCKED, the rate paced through the database).
 */
public final class DispatchBenchmark {

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        if (args.length > 0 && "node".equals(args[0])) {
            joinAsNode(args);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int nodes = Integer.parseInt(System.getProperty("bench.nodes", "1"));
        int port = Integer.parseInt(System.getProperty("bench.smtp.port", "2526"));
        int sessions = Integer.parseInt(System.getProperty("bench.sessions", "8"));
        int rate = Integer.parseInt(System.getProperty("bench.rate", "0"));
        boolean pipelining = !"jakarta-mail".equals(System.getProperty("bench.client", "pipelining"));
        if (nodes > 1 && !System.getProperty("bench.jdbc.url", "").startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Expected BENCH_JDBC_URL=jdbc:postgresql:… with NODES=" + nodes
                    + ", but several nodes need a shared PostgreSQL");
        }
        Path dir = Files.createTempDirectory("bench-dispatch");
        Path csv = dir.resolve("cohort.csv");
        writeCohort(csv, n);

        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = heapSampler(peak);

        String url = System.getProperty("bench.jdbc.url", "");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        String schema = "bench_" + System.currentTimeMillis();
        HikariConfig config = new HikariConfig();
        if (postgres) { // a new schema, dropped at the end
            config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            config.setUsername(System.getProperty("bench.jdbc.user"));
            config.setPassword(System.getProperty("bench.jdbc.password"));
        } else {
            config.setJdbcUrl("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
            config.setUsername("sa");
        }
        config.setMaximumPoolSize(sessions + 4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            (postgres ? Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration/postgresql")
                    : Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2")).load().migrate();
            System.out.printf("database: %s%n", postgres ? "PostgreSQL " + url : "H2 file");

            long t0 = System.nanoTime();
            CohortImport cohort;
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                cohort = new CohortImporter(dataSource, Clock.systemUTC()).importCsv("bench", reader);
            }
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("imported %d rows in %.1f s%n", cohort.accepted(), importSeconds);

            LetterRenderer letters = PlaceholderLetter.renderer(); // the placeholder as an approved version
            ApprovedLetter letter = PlaceholderLetter.letter(letters);
            JdbcLedgerStore store = new JdbcLedgerStore(dataSource);
            DispatchSettings settings = new DispatchSettings("notices@breachflow.invalid", 500, 100, 5,
                    Duration.ofSeconds(1), 10_000);
            ClusterNode node = clusterNode(dataSource, "bench-node-1");
            NoticeDispatcher dispatcher = new NoticeDispatcher(store, letters, DispatchChannels.mailOnly(
                    pipelining ? new PipeliningSmtpGateway("127.0.0.1", port)
                            : new SmtpMailGateway("127.0.0.1", port, null, null, new Properties())),
                    settings, Clock.systemUTC(), RunListener.NONE, node);
            ClusterRuns clusterRuns = new ClusterRuns(dispatcher, node);
            clusterRuns.start();

            long t1 = System.nanoTime();
            long runId = store.newRun(cohort.cohortId(), letter, new NoticeWave(rate, sessions), System.currentTimeMillis());
            java.util.List<Process> others = new java.util.ArrayList<>();
            for (int k = 2; k <= nodes; k++) {
                others.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m", "-cp",
                        System.getProperty("java.class.path"), DispatchBenchmark.class.getName(), "node",
                        config.getJdbcUrl(), String.valueOf(config.getUsername()), String.valueOf(config.getPassword()),
                        String.valueOf(port), "bench-node-" + k, String.valueOf(runId), String.valueOf(sessions))
                        .redirectErrorStream(true).start());
            }
            dispatcher.start(runId);
            System.out.printf("ledger of %d rows created in %.1f s%n", n, (System.nanoTime() - t1) / 1e9);
            while (store.findRun(runId).status() != RunStatus.COMPLETED) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            double sendSeconds = (System.nanoTime() - t1) / 1e9;
            RunProgress progress = dispatcher.progress(runId);
            clusterRuns.close();
            sampler.shutdownNow();
            System.out.printf("sent=%d bounced=%d failed=%d in %.1f s%n", progress.sent(), progress.bounced(),
                    progress.failed(), sendSeconds);
            StringBuilder nodePeaks = new StringBuilder(String.format("%.0f", peak.get() / (1024.0 * 1024.0)));
            for (Process other : others) {
                String last = "";
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        last = line.startsWith("node-peak-heap-mb=") ? line.substring(18) : last;
                    }
                }
                nodePeaks.append(',').append(last);
            }
            node.close();
            System.out.printf("nodes=%d notices/s=%.0f minutes=%.1f import-rows/s=%.0f peak-heap-mb=%.0f "
                    + "node-peak-heap-mb=%s ledger-sent=%d%n", nodes, progress.sent() / sendSeconds, sendSeconds / 60,
                    cohort.accepted() / importSeconds, peak.get() / (1024.0 * 1024.0), nodePeaks, progress.sent());
            if (postgres) {
                try (var c = dataSource.getConnection(); var drop = c.createStatement()) {
                    drop.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    /** {@code node <url> <user> <password> <port> <name> <run> <sessions>}: joins the run, exits when it completed. */
    private static void joinAsNode(String[] args) throws Exception {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        AtomicLong peak = new AtomicLong();
        ScheduledExecutorService sampler = heapSampler(peak);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[1]);
        config.setUsername(args[2]);
        config.setPassword(args[3]);
        config.setMaximumPoolSize(Integer.parseInt(args[7]) + 4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            JdbcLedgerStore store = new JdbcLedgerStore(dataSource);
            ClusterNode node = clusterNode(dataSource, args[5]);
            NoticeDispatcher dispatcher = new NoticeDispatcher(store, PlaceholderLetter.renderer(),
                    DispatchChannels.mailOnly(new PipeliningSmtpGateway("127.0.0.1", Integer.parseInt(args[4]))),
                    new DispatchSettings("notices@breachflow.invalid", 500, 100, 5, Duration.ofSeconds(1), 10_000),
                    Clock.systemUTC(), RunListener.NONE, node);
            ClusterRuns runs = new ClusterRuns(dispatcher, node);
            runs.start();
            long runId = Long.parseLong(args[6]);
            while (store.findRun(runId).status() != RunStatus.COMPLETED) {
                TimeUnit.MILLISECONDS.sleep(200);
            }
            runs.close();
            dispatcher.stopAll();
            node.close();
        }
        sampler.shutdownNow();
        System.out.printf("node-peak-heap-mb=%.0f%n", peak.get() / (1024.0 * 1024.0));
    }

    private static ClusterNode clusterNode(javax.sql.DataSource dataSource, String name) {
        ClusterNode node = new ClusterNode(dataSource, new ClusterProperties(true, name, Duration.ofSeconds(3),
                Duration.ofSeconds(15), Duration.ofSeconds(1)), Clock.systemUTC());
        node.start();
        return node;
    }

    private static ScheduledExecutorService heapSampler(AtomicLong peak) {
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 20, TimeUnit.MILLISECONDS);
        return sampler;
    }

    private static void writeCohort(Path csv, int n) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("person_id,name,email,phone,jurisdiction,language\n");
            for (int i = 1; i <= n; i++) {
                out.write("P" + i + ",홍길동" + i + ",person" + i + "@example.com,+8210" + (10_000_000 + i % 89_999_999)
                        + ",KR,ko\n");
            }
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
