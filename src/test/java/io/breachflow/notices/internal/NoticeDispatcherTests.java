package io.breachflow.notices.internal;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.RunProgress;
import io.breachflow.notices.RunStatus;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeDispatcherTests {

    private static final ApprovedLetter LETTER = new ApprovedLetter("generic/notice", "v1", "not-checked-here");
    private static final LetterRenderer LETTERS = new LetterRenderer(Path.of("templates/letters"));

    private final NoticeDatabase db = new NoticeDatabase();
    private final JdbcLedgerStore store = new JdbcLedgerStore(db.dataSource());

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void resumesACrashedRunWithoutSkippingAnyoneOrGivingAnyoneASecondMessageId(boolean pipelining) throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            long runId = newRun(Cohorts.synthetic(db.dataSource(), 5_000), new NoticeWave(0, 4));
            TestGateways.CrashingAfter crashing = new TestGateways.CrashingAfter(smtpAt(smtp.getSmtp().getPort(), pipelining), 2_000);
            NoticeDispatcher first = dispatcher(crashing, 3);
            first.start(runId);
            await().atMost(Duration.ofSeconds(30)).until(() -> crashing.hanging.get() == 4);
            first.haltAsIfKilled();
            long sentBeforeCrash = statusCount(runId, "SENT");
            assertThat(sentBeforeCrash).isLessThan(crashing.accepted.get()).isLessThan(5_000);

            NoticeDispatcher restarted = dispatcher(smtpAt(smtp.getSmtp().getPort(), pipelining), 3);
            restarted.start(runId);
            await().atMost(Duration.ofSeconds(40)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

            assertThat(statusCount(runId, "SENT")).isEqualTo(5_000);
            Map<String, Set<String>> idsByAddress = Arrays.stream(smtp.getReceivedMessages())
                    .collect(groupingBy(NoticeDispatcherTests::to, toSet())).entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
                            .map(NoticeDispatcherTests::messageId).collect(toSet())));
            assertThat(idsByAddress).hasSize(5_000);
            assertThat(idsByAddress.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
            assertThat(db.jdbc.queryForObject("SELECT count(DISTINCT message_id) FROM notice_ledger WHERE run_id = ?",
                    Long.class, runId)).isEqualTo(5_000);
            // duplicates (same Message-ID) only from the window between SMTP acceptance and the ledger write
            assertThat(smtp.getReceivedMessages().length).isBetween(5_000, 5_000 + 4 * 50);
        } finally {
            smtp.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void bouncesA550RecipientWithoutRetryingAndFailsA451RecipientAfterTheLastAttempt(boolean pipelining)
            throws Exception {
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(Map.of(
                "bounce@example.com", "550 5.1.1 mailbox unavailable",
                "busy@example.com", "451 4.3.0 try again later"))) {
            long cohort = Cohorts.of(db.dataSource(), """
                    person_id,name,email,phone,jurisdiction,language
                    ok,Ok,ok@example.com,,KR,ko
                    bounce,Bounce,bounce@example.com,,KR,ko
                    busy,Busy,busy@example.com,,KR,ko
                    """);
            long runId = newRun(cohort, new NoticeWave(0, 1));

            dispatcher(smtpAt(smtp.port(), pipelining), 3).start(runId);
            await().atMost(Duration.ofSeconds(10)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

            assertThat(ledger(runId, "ok@example.com")).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 1);
            assertThat(ledger(runId, "bounce@example.com")).containsEntry("STATUS", "BOUNCED")
                    .containsEntry("ATTEMPTS", 1).containsEntry("SMTP_CODE", 550);
            assertThat(ledger(runId, "busy@example.com")).containsEntry("STATUS", "FAILED")
                    .containsEntry("ATTEMPTS", 3).containsEntry("SMTP_CODE", 451);
            assertThat(smtp.attempts("bounce@example.com")).isEqualTo(1);
            assertThat(smtp.attempts("busy@example.com")).isEqualTo(3);
            assertThat(smtp.acceptedFor("ok@example.com")).isEqualTo(1);
        }
    }

    @Test
    void holdsTheRunToItsMessagesPerSecondCeilingAcrossSessions() {
        long runId = newRun(Cohorts.synthetic(db.dataSource(), 51), new NoticeWave(50, 4));
        TestGateways.Recording gateway = new TestGateways.Recording();

        dispatcher(gateway, 3).start(runId);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

        long first = gateway.deliveries.stream().mapToLong(TestGateways.Delivery::nanos).min().orElseThrow();
        long last = gateway.deliveries.stream().mapToLong(TestGateways.Delivery::nanos).max().orElseThrow();
        assertThat(gateway.deliveries).hasSize(51);
        // 51 letters at 50/s: 50 intervals of 20 ms
        assertThat(Duration.ofNanos(last - first)).isBetween(Duration.ofMillis(950), Duration.ofMillis(1_400));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void escapesMarkupAndLineBreaksInAPersonsNameInTheLetterAndTheHeaders(boolean pipelining) throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            long cohort = Cohorts.of(db.dataSource(), "person_id,name,email,phone,jurisdiction,language\r\n"
                    + "p1,\"<script>alert(1)</script>\r\nBcc: victim@example.com\",target@example.com,,US-CA,en\r\n");
            long runId = newRun(cohort, new NoticeWave(0, 1));

            dispatcher(smtpAt(smtp.getSmtp().getPort(), pipelining), 3).start(runId);
            await().atMost(Duration.ofSeconds(10)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            MimeMessage letter = received[0];
            assertThat(letter.getHeader("Bcc")).isNull();
            assertThat(letter.getAllRecipients()).hasSize(1);
            assertThat(letter.getHeader("To", ",")).doesNotContain("\n");
            MimeMultipart parts = (MimeMultipart) letter.getContent();
            String text = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(text).startsWith("Dear <script>alert(1)</script> Bcc: victim@example.com,").doesNotContain("\nBcc:");
            assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; Bcc:");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void suppressesPeopleWithoutAnEmailAddressAndRecordsTheirFallbackChannel() {
        long cohort = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language
                mail,Mail,mail@example.com,,KR,ko
                sms,Sms,,+821012345678,KR,ko
                post,Post,,,KR,ko
                """);
        long runId = newRun(cohort, new NoticeWave(0, 1));
        TestGateways.Recording gateway = new TestGateways.Recording();

        NoticeDispatcher dispatcher = dispatcher(gateway, 3);
        dispatcher.start(runId);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

        assertThat(gateway.deliveries).hasSize(1);
        assertThat(db.jdbc.queryForList("SELECT l.status || ':' || l.fallback_channel FROM notice_ledger l "
                + "JOIN notice_recipient r ON r.id = l.recipient_id WHERE l.run_id = ? AND r.email IS NULL "
                + "ORDER BY r.person_id", String.class, runId)).containsExactly("SUPPRESSED:POST", "SUPPRESSED:SMS");
        RunProgress progress = dispatcher.progress(runId);
        assertThat(progress.sent()).isEqualTo(1);
        assertThat(progress.suppressed()).isEqualTo(2);
        assertThat(progress.done()).isEqualTo(progress.total());
    }

    @Test
    void pausesAndResumesWithoutLosingOrRepeatingAnyone() {
        long runId = newRun(Cohorts.synthetic(db.dataSource(), 100), new NoticeWave(200, 2));
        TestGateways.Recording gateway = new TestGateways.Recording();
        NoticeDispatcher dispatcher = dispatcher(gateway, 3);

        dispatcher.start(runId);
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.deliveries.size() >= 10);
        RunProgress running = dispatcher.progress(runId);
        dispatcher.pause(runId);
        await().atMost(Duration.ofSeconds(10)).until(() -> !dispatcher.isActive(runId));

        assertThat(running.messagesPerSecond()).isPositive();
        assertThat(running.eta()).isPresent();
        RunProgress paused = dispatcher.progress(runId);
        assertThat(paused.status()).isEqualTo(RunStatus.PAUSED);
        assertThat(paused.sent()).isEqualTo(gateway.deliveries.size()).isLessThan(100);
        assertThat(statusCount(runId, "SENDING")).isZero();

        dispatcher.start(runId);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);
        assertThat(gateway.deliveries).hasSize(100);
        assertThat(gateway.deliveries.stream().map(TestGateways.Delivery::messageId).distinct()).hasSize(100);
    }

    @Test
    void refusesToPauseARunThatHasCompletedNamingItsState() {
        long runId = newRun(Cohorts.synthetic(db.dataSource(), 3), new NoticeWave(0, 1));
        NoticeDispatcher dispatcher = dispatcher(new TestGateways.Recording(), 3);
        dispatcher.start(runId);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

        assertThatThrownBy(() -> dispatcher.pause(runId)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Expected run " + runId + " to be running, but it is COMPLETED");
        assertThat(store.findRun(runId).status()).isEqualTo(RunStatus.COMPLETED);
    }

    private long newRun(long cohortId, NoticeWave wave) {
        return store.newRun(cohortId, LETTER, wave, System.currentTimeMillis());
    }

    private NoticeDispatcher dispatcher(MailGateway gateway, int maxAttempts) {
        DispatchSettings settings = new DispatchSettings("notices@breachflow.invalid", 500, 50, maxAttempts,
                Duration.ofMillis(10), 1_000);
        return new NoticeDispatcher(store, LETTERS, gateway, settings, Clock.systemUTC());
    }

    /** Jakarta Mail, or Breachflow's own pipelining client. */
    private static MailGateway smtpAt(int port, boolean pipelining) {
        return pipelining ? new PipeliningSmtpGateway("127.0.0.1", port)
                : new SmtpMailGateway("127.0.0.1", port, null, null, new Properties());
    }

    private long statusCount(long runId, String status) {
        return db.jdbc.queryForObject("SELECT count(*) FROM notice_ledger WHERE run_id = ? AND status = ?", Long.class,
                runId, status);
    }

    private Map<String, Object> ledger(long runId, String email) {
        return db.jdbc.queryForMap("SELECT l.status, l.attempts, l.smtp_code FROM notice_ledger l JOIN notice_recipient r "
                + "ON r.id = l.recipient_id WHERE l.run_id = ? AND r.email = ?", runId, email);
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
