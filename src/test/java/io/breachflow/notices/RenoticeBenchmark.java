package io.breachflow.notices;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.notices.internal.CohortImporter;
import io.breachflow.notices.internal.JdbcLedgerStore;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of the regulator-ordered re-notice and of "was this person told?" on PostgreSQL (run by
 * {@code scripts/bench-renotice.sh}; never part of {@code verify}). In a new schema migrated by Flyway:
 * <ol>
 *   <li>a finished earlier run of N people is generated set-based (97 % SENT, 1 % each BOUNCED, FAILED,
 *   SUPPRESSED; sending it is {@code bench-dispatch.sh}'s business), then the re-notice cohort is copied from its
 *   ledger by {@link CohortImporter#copyOf} (one {@code INSERT … SELECT}) and the later run's ledger filled the
 *   way the dispatcher fills it, both timed;</li>
 *   <li>the ledger is grown to L rows (one more cohort and run, generated set-based with the indexes built
 *   afterwards, tables unlogged: loading is not what is measured), then {@link NoticeLookup#lookup} answers
 *   1,000 random people by person id, email and phone, timed each.</li>
 * </ol>
 * It lives in {@code io.breachflow.notices} (not a {@code bench} package) to build {@link NoticeLookup} as the
 * application does. The last line is
 * {@code renotice-people=<n> copy-s=<x> copy-rows/s=<y> ledger-fill-s=<z> lookup-ledger-rows=<l> lookup-p50-ms=<a>
 * lookup-p99-ms=<b> lookup-max-ms=<c>}.
 */
public final class RenoticeBenchmark {

    private static final int LOOKUPS = 1_000;

    public static void main(String[] args) throws Exception {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        long ledgerRows = args.length > 1 ? Long.parseLong(args[1]) : 33_700_000;
        String url = System.getProperty("bench.jdbc.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Expected -Dbench.jdbc.url=jdbc:postgresql://…, but got '" + url + "'");
        }
        String schema = "bench_renotice_" + System.currentTimeMillis();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setUsername(System.getProperty("bench.jdbc.user"));
        config.setPassword(System.getProperty("bench.jdbc.password"));
        config.setMaximumPoolSize(4);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                    .locations("classpath:db/migration/postgresql").load().migrate();
            try {
                run(dataSource, n, ledgerRows);
            } finally {
                sql(dataSource, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(DataSource dataSource, long n, long ledgerRows) throws Exception {
        long earlierRun = finishedRun(dataSource, n, 0);
        System.out.printf("earlier run %d of %,d people generated%n", earlierRun, n);

        long t0 = System.nanoTime();
        CohortImport cohort = new CohortImporter(dataSource, Clock.systemUTC()).copyOf("re-notice", earlierRun,
                Set.of("SENT"));
        double copySeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("re-notice cohort of %,d people (the SENT ones) copied in %.2f s%n", cohort.accepted(),
                copySeconds);

        JdbcLedgerStore ledger = new JdbcLedgerStore(dataSource);
        long laterRun = ledger.newRun(cohort.cohortId(), new ApprovedLetter("KR-PIPA/individual-notice@v2", "2",
                "b".repeat(64)), new NoticeWave(0, 8), "bench", System.currentTimeMillis());
        Method fill = JdbcLedgerStore.class.getDeclaredMethod("fillLedger", long.class, long.class, Set.class);
        fill.setAccessible(true);
        long t1 = System.nanoTime();
        fill.invoke(ledger, laterRun, System.currentTimeMillis(), EnumSet.of(Channel.EMAIL, Channel.SMS, Channel.POST));
        double fillSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("later run's ledger of %,d rows filled in %.2f s%n", cohort.accepted(), fillSeconds);

        long existing = count(dataSource, "SELECT count(*) FROM notice_ledger");
        if (ledgerRows > existing) {
            long t2 = System.nanoTime();
            growLedger(dataSource, ledgerRows - existing, n);
            System.out.printf("ledger grown to %,d rows in %.0f s (not measured)%n",
                    count(dataSource, "SELECT count(*) FROM notice_ledger"), (System.nanoTime() - t2) / 1e9);
        }
        double[] millis = lookups(dataSource, count(dataSource, "SELECT count(*) FROM notice_recipient"));
        Arrays.sort(millis);
        System.out.printf("renotice-people=%d copy-s=%.2f copy-rows/s=%.0f ledger-fill-s=%.2f lookup-ledger-rows=%d "
                        + "lookup-p50-ms=%.2f lookup-p99-ms=%.2f lookup-max-ms=%.2f%n", cohort.accepted(), copySeconds,
                cohort.accepted() / copySeconds, fillSeconds, count(dataSource, "SELECT count(*) FROM notice_ledger"),
                millis[millis.length / 2], millis[(int) (millis.length * 0.99)], millis[millis.length - 1]);
    }

    /** A READY cohort of {@code n} people numbered from {@code offset} and a COMPLETED run of it; its id. */
    private static long finishedRun(DataSource dataSource, long n, long offset) throws Exception {
        long cohort = count(dataSource, "INSERT INTO notice_cohort (label, status, created_at, accepted) "
                + "VALUES ('bench', 'READY', 0, " + n + ") RETURNING id");
        sql(dataSource, "INSERT INTO notice_recipient (cohort_id, line_no, person_id, name, email, phone, jurisdiction, "
                + "language) SELECT " + cohort + ", g + 1, 'p' || g, 'Person ' || g, "
                + "CASE WHEN g % 10 = 3 THEN NULL ELSE 'person' || g || '@example.com' END, "
                + "CASE WHEN g % 4 = 0 THEN '+8210' || lpad((g % 100000000)::text, 8, '0') END, 'KR', 'ko' "
                + "FROM generate_series(" + offset + ", " + (offset + n - 1) + ") g");
        long run = count(dataSource, "INSERT INTO notice_run (cohort_id, template, template_version, content_hash, "
                + "status, messages_per_second, sessions, created_at, total) VALUES (" + cohort
                + ", 'KR-PIPA/individual-notice@v1', '1', '" + "a".repeat(64) + "', 'COMPLETED', 0, 8, 0, " + n
                + ") RETURNING id");
        sql(dataSource, "INSERT INTO notice_ledger (run_id, recipient_id, status, attempts, channel, message_id, "
                + "updated_at) SELECT " + run + ", r.id, CASE r.id % 100 WHEN 0 THEN 'BOUNCED' WHEN 1 THEN 'FAILED' "
                + "WHEN 2 THEN 'SUPPRESSED' ELSE 'SENT' END, 1, 'EMAIL', '<run-" + run + "-p-' || r.id || '@breachflow>', 0 "
                + "FROM notice_recipient r WHERE r.cohort_id = " + cohort);
        sql(dataSource, "ANALYZE");
        return run;
    }

    /** Adds a cohort and run of {@code rows} people, indexes dropped while loading and built again after. */
    private static void growLedger(DataSource dataSource, long rows, long offset) throws Exception {
        List<String> indexes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                        + "AND tablename IN ('notice_recipient', 'notice_ledger') AND indexname NOT LIKE '%pkey' "
                        + "AND indexname <> 'notice_ledger_one_per_person'")) {
            while (rs.next()) {
                indexes.add(rs.getString(2));
            }
        }
        for (String def : indexes) {
            sql(dataSource, "DROP INDEX " + def.replaceAll("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2"));
        }
        // the tables stay unlogged (the schema is dropped afterwards): reads are the same, loading skips the WAL
        sql(dataSource, "ALTER TABLE notice_ledger SET UNLOGGED");
        sql(dataSource, "ALTER TABLE notice_recipient SET UNLOGGED");
        finishedRun(dataSource, rows, offset + 1_000_000_000L);
        for (String def : indexes) {
            sql(dataSource, def);
        }
        sql(dataSource, "ANALYZE");
    }

    /** {@value #LOOKUPS} lookups of random people, by person id, email and phone in turn; each one's time in ms. */
    private static double[] lookups(DataSource dataSource, long recipients) throws Exception {
        NoticeLookup lookup = new NoticeLookup(JdbcClient.create(dataSource),
                new LetterVersions(JdbcClient.create(dataSource)));
        List<Long> people = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT (regexp_replace(person_id, '^p', ''))::bigint FROM notice_recipient "
                        + "TABLESAMPLE SYSTEM (0.1) LIMIT " + LOOKUPS)) {
            while (rs.next()) {
                people.add(rs.getLong(1));
            }
        }
        Random random = new Random(16);
        for (int i = 0; i < 50; i++) { // warm the JIT and the connection pool, not the cache of the sampled rows
            lookup.lookup(new PersonQuery(PersonQuery.By.PERSON_ID, "p" + random.nextInt(1000)));
        }
        double[] millis = new double[people.size()];
        for (int i = 0; i < people.size(); i++) {
            long g = people.get(i);
            PersonQuery query = switch (i % 3) {
                case 0 -> new PersonQuery(PersonQuery.By.PERSON_ID, "p" + g);
                case 1 -> g % 10 == 3 ? new PersonQuery(PersonQuery.By.PERSON_ID, "p" + g)
                        : new PersonQuery(PersonQuery.By.EMAIL, "person" + g + "@example.com");
                default -> new PersonQuery(PersonQuery.By.PHONE, "+8210" + String.format("%08d", g % 100_000_000));
            };
            long t = System.nanoTime();
            lookup.lookup(query);
            millis[i] = (System.nanoTime() - t) / 1e6;
        }
        System.out.printf("%d lookups of %,d people%n", people.size(), recipients);
        return millis;
    }

    private static void sql(DataSource dataSource, String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(DataSource dataSource, String query) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
