package io.breachflow.web.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, the README's "never twice" measured after {@code kill -9}: the application runs in the default
 * profile in a child JVM, sends an approved letter to 50,000 people through its own dev SMTP server, is
 * killed with SIGKILL after some thousands, and is started again on the same data directory. The run resumes
 * and finishes, and the dev mailbox on disk holds exactly one letter per person: none missing, none twice.
 */
class DevMailboxKillRecoveryTests {

    private static final int PEOPLE = 50_000;

    @TempDir
    Path data;

    private Process child;
    private final List<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void aNoticeRunKilledMidwayLeavesEveryoneExactlyOneLetterInTheDevMailboxOnceItResumes() throws Exception {
        Path csv = cohort();
        long began = System.nanoTime();
        startChild("start", csv.toString());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> stored() >= 5_000);
        child.destroyForcibly(); // SIGKILL on Linux
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        child = null;
        long storedAtKill = stored();
        assertThat(storedAtKill).as("killed mid-run").isLessThan(PEOPLE);
        assertThat(count("SELECT count(*) FROM notice_ledger WHERE status = 'SENT'"))
                .as("some letters were delivered but not yet recorded SENT: the window the delivery log closes")
                .isLessThan(storedAtKill);

        output.clear();
        startChild("resume");
        await().atMost(Duration.ofMinutes(6)).until(() -> output.contains("COMPLETED"));
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        child = null;
        System.out.printf("kill test: killed at %d of %d stored; %d s in all%n", storedAtKill, PEOPLE,
                (System.nanoTime() - began) / 1_000_000_000L);

        Map<String, Long> lettersByAddress = deliveredTo().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> missing = IntStream.rangeClosed(1, PEOPLE).mapToObj(DevMailboxKillRecoveryTests::address)
                .filter(address -> !lettersByAddress.containsKey(address)).toList();
        List<String> twice = lettersByAddress.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey).toList();
        assertThat(missing).as("missing").isEmpty();
        assertThat(twice).as("delivered twice").isEmpty();
        assertThat(lettersByAddress).hasSize(PEOPLE);
        assertThat(count("SELECT count(*) FROM notice_ledger WHERE status = 'SENT'")).isEqualTo(PEOPLE);
    }

    private Path cohort() throws IOException {
        Path csv = data.resolve("cohort.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("person_id,name,email,phone,jurisdiction,language\n");
            for (int i = 1; i <= PEOPLE; i++) {
                out.write("p" + i + ",Person " + i + "," + address(i) + ",,KR,ko\n");
            }
        }
        return csv;
    }

    private static String address(int i) {
        return "person" + i + "@example.com";
    }

    private long stored() throws IOException {
        Path mailbox = data.resolve("mailbox");
        if (!Files.isDirectory(mailbox)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(mailbox)) {
            return files.filter(file -> file.toString().endsWith(".eml")).count();
        }
    }

    /** The envelope recipient of every stored delivery, from the first line of its file. */
    private List<String> deliveredTo() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("mailbox"))) {
            return files.filter(file -> file.toString().endsWith(".eml")).map(file -> {
                try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return lines.readLine().substring("Delivered-To: ".length());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private void startChild(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), DevMailboxProcessMain.class.getName(), args[0], data.toString()));
        command.addAll(List.of(args).subList(1, args.length));
        child = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Thread drain = new Thread(() -> lines.lines().forEach(output::add), "devmail-child-output");
        drain.setDaemon(true);
        drain.start();
    }

    private long count(String sql) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + data.resolve("breachflow") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        dataSource.setUser("sa");
        return new JdbcTemplate(dataSource).queryForObject(sql, Long.class);
    }
}
