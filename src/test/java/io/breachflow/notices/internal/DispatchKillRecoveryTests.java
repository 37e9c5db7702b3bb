package io.breachflow.notices.internal;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * design.md §8 the hard way: the dispatcher runs in a child JVM that is killed with SIGKILL in the middle
 * of a run; a new process on the same H2 file resumes it. Nobody is skipped, nobody has two SENT rows or
 * two Message-IDs, and the only letters delivered twice are the documented in-doubt window.
 */
class DispatchKillRecoveryTests {

    private static final int PEOPLE = 3_000;
    private static final int SESSIONS = 4;
    private static final int LEDGER_FLUSH = 50;

    @TempDir
    Path directory;

    private Process child;
    private final List<String> output = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    @Test
    void aRunKilledWithSigkillResumesOnTheSameDatabaseWithoutSkippingOrDuplicatingAnyone() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            String port = String.valueOf(smtp.getSmtp().getPort());
            startChild("start", port, String.valueOf(PEOPLE), "1000");
            await().atMost(Duration.ofSeconds(120)).until(() -> smtp.getReceivedMessages().length >= 700);
            child.destroyForcibly(); // SIGKILL on Linux
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child = null;
            assertThat(count("SELECT count(*) FROM notice_ledger WHERE status = 'SENT'")).isLessThan(PEOPLE);

            output.clear();
            startChild("resume", port);
            await().atMost(Duration.ofSeconds(180)).until(() -> output.contains("COMPLETED"));
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            child = null;

            assertThat(count("SELECT count(*) FROM notice_ledger WHERE status = 'SENT'")).isEqualTo(PEOPLE);
            assertThat(count("SELECT count(DISTINCT message_id) FROM notice_ledger")).isEqualTo(PEOPLE);
            assertThat(count("SELECT sent FROM notice_run")).isEqualTo(PEOPLE);
            Map<String, Set<String>> idsByAddress = Arrays.stream(smtp.getReceivedMessages())
                    .collect(groupingBy(DispatchKillRecoveryTests::to, mapping(DispatchKillRecoveryTests::messageId,
                            toSet())));
            assertThat(idsByAddress).hasSize(PEOPLE);
            assertThat(idsByAddress.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
            assertThat(smtp.getReceivedMessages().length).isBetween(PEOPLE, PEOPLE + SESSIONS * LEDGER_FLUSH);
        } finally {
            smtp.stop();
        }
    }

    private void startChild(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), DispatchProcessMain.class.getName(), args[0],
                directory.resolve("notices").toString()));
        command.addAll(Arrays.asList(args).subList(1, args.length));
        child = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Thread drain = new Thread(() -> lines.lines().forEach(output::add), "dispatch-child-output");
        drain.setDaemon(true);
        drain.start();
    }

    private long count(String sql) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("notices") + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0");
        dataSource.setUser("sa");
        return new JdbcTemplate(dataSource).queryForObject(sql, Long.class);
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
