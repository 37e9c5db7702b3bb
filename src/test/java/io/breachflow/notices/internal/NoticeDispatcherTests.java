package io.breachflow.notices.internal;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.MailDeliveryLog;
import io.breachflow.notices.SmsGateway;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.RunProgress;
import io.breachflow.notices.RunStatus;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeDispatcherTests {

    private static final LetterRenderer LETTERS = PlaceholderLetter.renderer();
    private static final ApprovedLetter LETTER = PlaceholderLetter.letter(LETTERS);

    private final NoticeDatabase db = new NoticeDatabase();
    private final JdbcLedgerStore store = new JdbcLedgerStore(db.dataSource());

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void resumesACrashedRunSoThatEveryAddressReceivesExactlyOneMessageWhenTheRelaysRecordIsRead(boolean pipelining)
            throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            long runId = newRun(Cohorts.synthetic(db.dataSource(), 5_000), new NoticeWave(0, 4));
            TestGateways.CrashingAfter crashing = new TestGateways.CrashingAfter(smtpAt(smtp.getSmtp().getPort(), pipelining), 2_000);
            NoticeDispatcher first = dispatcher(crashing, 3);
            first.start(runId);
            await().atMost(Duration.ofSeconds(60)).until(() -> crashing.hanging.get() == 4);
            first.haltAsIfKilled();
            // the worst moment: letters the server accepted whose SENT was never written
            assertThat(statusCount(runId, "SENT")).isLessThan(crashing.accepted.get());

            MailDeliveryLog relayLog = ids -> Arrays.stream(smtp.getReceivedMessages())
                    .map(NoticeDispatcherTests::messageId).filter(ids::contains).collect(toSet());
            NoticeDispatcher restarted = new NoticeDispatcher(store, LETTERS, new DispatchChannels(
                    smtpAt(smtp.getSmtp().getPort(), pipelining), null, null, relayLog), settings(3), Clock.systemUTC(),
                    RunListener.NONE);
            restarted.start(runId);
            await().atMost(Duration.ofSeconds(60)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

            assertThat(statusCount(runId, "SENT")).isEqualTo(5_000);
            assertThat(db.jdbc.queryForObject("SELECT count(DISTINCT message_id) FROM notice_ledger WHERE run_id = ?",
                    Long.class, runId)).isEqualTo(5_000);
            Map<String, Long> perAddress = Arrays.stream(smtp.getReceivedMessages())
                    .collect(groupingBy(NoticeDispatcherTests::to, java.util.stream.Collectors.counting()));
            assertThat(perAddress).hasSize(5_000);
            assertThat(perAddress.values()).allSatisfy(n -> assertThat(n).isEqualTo(1L));
            assertThat(store.findRun(runId).status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(restarted.progress(runId).sent()).isEqualTo(5_000);
        } finally {
            smtp.stop();
        }
    }

    @Test
    void withoutARelayRecordOnlyTheInDoubtWindowIsSentAgainAndAlwaysWithTheSameMessageId() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            long runId = newRun(Cohorts.synthetic(db.dataSource(), 2_000), new NoticeWave(0, 4));
            TestGateways.CrashingAfter crashing = new TestGateways.CrashingAfter(smtpAt(smtp.getSmtp().getPort(), true), 800);
            NoticeDispatcher first = dispatcher(crashing, 3);
            first.start(runId);
            await().atMost(Duration.ofSeconds(60)).until(() -> crashing.hanging.get() == 4);
            first.haltAsIfKilled();

            dispatcher(smtpAt(smtp.getSmtp().getPort(), true), 3).start(runId);
            await().atMost(Duration.ofSeconds(60)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

            assertThat(statusCount(runId, "SENT")).isEqualTo(2_000);
            Map<String, Set<String>> idsByAddress = Arrays.stream(smtp.getReceivedMessages())
                    .collect(groupingBy(NoticeDispatcherTests::to, java.util.stream.Collectors.mapping(
                            NoticeDispatcherTests::messageId, toSet())));
            assertThat(idsByAddress).hasSize(2_000);
            assertThat(idsByAddress.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
            // duplicates (same Message-ID) only from the window between SMTP acceptance and the ledger write
            assertThat(smtp.getReceivedMessages().length).isBetween(2_000, 2_000 + 4 * 50);
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
    void reachesPeopleWithoutAValidEmailBySmsElseByPostAndSuppressesTheUnreachableWithTheReason(@TempDir Path mailhouse)
            throws Exception {
        long cohort = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                mail,Mail,mail@example.com,+821000000001,KR,ko,
                sms,Sms,,+821012345678,KR,ko,"1 Sejong-daero, Seoul"
                badmail,Bad Mail,not-an-address,+821087654321,KR,en,
                post1,Post One,,,US-CA,en,"1 Main St, Sacramento, CA"
                post2,Post Two,,,US-CA,en,"2 Main St, Sacramento, CA"
                post3,Post Three,,not-a-phone,US-CA,en,"3 Main St, Sacramento, CA"
                nobody,Nobody,,,KR,ko,
                badphone,Bad Phone,,12,KR,ko,
                """);
        long runId = newRun(cohort, new NoticeWave(0, 1));
        TestGateways.Recording mail = new TestGateways.Recording();
        TestGateways.RecordingSms sms = new TestGateways.RecordingSms();
        DispatchSettings twoPerBatch = new DispatchSettings("notices@breachflow.invalid", 500, 50, 3,
                Duration.ofMillis(10), 1_000, 2);
        NoticeDispatcher dispatcher = new NoticeDispatcher(store, LETTERS, new DispatchChannels(mail, sms,
                new PostalBatches(mailhouse, List.of()), null), twoPerBatch, Clock.systemUTC(), RunListener.NONE);

        dispatcher.start(runId);
        await().atMost(Duration.ofSeconds(30)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

        assertThat(db.jdbc.queryForList("SELECT r.person_id || ':' || l.status || ':' || COALESCE(l.channel, '-') "
                + "|| ':' || COALESCE(l.reason, '-') FROM notice_ledger l JOIN notice_recipient r ON r.id = l.recipient_id "
                + "WHERE l.run_id = ? ORDER BY r.line_no", String.class, runId)).containsExactly(
                "mail:SENT:EMAIL:-",
                "sms:SENT:SMS:-",
                "badmail:SENT:SMS:email is not a valid address",
                "post1:SENT:POST:-",
                "post2:SENT:POST:-",
                "post3:SENT:POST:phone is not in E.164 form",
                "nobody:SUPPRESSED:-:no email, phone or postal address",
                "badphone:SUPPRESSED:-:phone is not in E.164 form");
        assertThat(mail.deliveries).hasSize(1);
        assertThat(sms.texts).extracting(SmsGateway.SmsMessage::phone).containsExactlyInAnyOrder("+821012345678",
                "+821087654321");
        assertThat(sms.texts).allSatisfy(t -> assertThat(t.body()).isNotBlank());
        try (var files = Files.list(mailhouse)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).hasSize(4)
                    .allMatch(f -> f.matches("run-" + runId + "-batch-\\d+\\.(pdf|csv)"));
        }
        assertThat(pdfPages(mailhouse)).isEqualTo(3);
        RunProgress progress = dispatcher.progress(runId);
        assertThat(progress.sent()).isEqualTo(6);
        assertThat(progress.suppressed()).isEqualTo(2);
        assertThat(progress.done()).isEqualTo(progress.total()).isEqualTo(8);
    }

    @Test
    void aPostalBatchWrittenJustBeforeACrashIsRecordedAsSentOnResumeAndNotPrintedAgain(@TempDir Path mailhouse)
            throws Exception {
        long cohort = Cohorts.of(db.dataSource(), """
                person_id,name,email,phone,jurisdiction,language,postal_address
                a,A,,,US-CA,en,1 Main St
                b,B,,,US-CA,en,2 Main St
                c,C,,,US-CA,en,3 Main St
                """);
        long runId = newRun(cohort, new NoticeWave(0, 1));
        PostalBatches post = new PostalBatches(mailhouse, List.of());
        store.fillLedger(runId, System.currentTimeMillis(), java.util.EnumSet.allOf(io.breachflow.notices.Channel.class), false);
        List<ClaimedLetter> claimed = store.claim(runId, 2, System.currentTimeMillis(), "test-node");
        // the crash: the batch reached the mail-house directory, the ledger never heard of it
        post.write(runId, claimed.stream().map(l -> new PostalLetter(l.ledgerId(),
                NoticeDispatcher.messageId(runId, l.ledgerId()), l.name(), l.postalAddress(), "<p>x</p>")).toList());

        new NoticeDispatcher(store, LETTERS, new DispatchChannels(new TestGateways.Recording(), null, post, null),
                settings(3), Clock.systemUTC(), RunListener.NONE).start(runId);
        await().atMost(Duration.ofSeconds(20)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

        assertThat(statusCount(runId, "SENT")).isEqualTo(3);
        assertThat(pdfPages(mailhouse)).isEqualTo(3);
        try (var manifests = Files.newDirectoryStream(mailhouse, "*.csv")) {
            long rows = 0;
            for (Path manifest : manifests) {
                rows += Files.readAllLines(manifest).size() - 1;
            }
            assertThat(rows).isEqualTo(3);
        }
    }

    @Test
    void retriesA451RecipientWithDoublingBackOffUntilTheServerTakesIt() throws Exception {
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(Map.of(), Map.of("busy@example.com", 2))) {
            long cohort = Cohorts.of(db.dataSource(), """
                    person_id,name,email,phone,jurisdiction,language
                    busy,Busy,busy@example.com,,KR,ko
                    """);
            long runId = newRun(cohort, new NoticeWave(0, 1));
            DispatchSettings backOff = new DispatchSettings("notices@breachflow.invalid", 500, 50, 5,
                    Duration.ofMillis(200), 1_000);

            new NoticeDispatcher(store, LETTERS, smtpAt(smtp.port(), true), backOff, Clock.systemUTC()).start(runId);
            await().atMost(Duration.ofSeconds(20)).until(() -> store.findRun(runId).status() == RunStatus.COMPLETED);

            assertThat(ledger(runId, "busy@example.com")).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 3);
            List<Long> times = smtp.rcptTimes.get("busy@example.com");
            assertThat(times).hasSize(3);
            assertThat(Duration.ofNanos(times.get(1) - times.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(Duration.ofNanos(times.get(2) - times.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(smtp.acceptedFor("busy@example.com")).isEqualTo(1);
        }
    }

    @Test
    void keepsTheRunsCountersEqualToItsLedgerAndTellsTheListenerWhenItCompletes() throws Exception {
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(Map.of("p7@example.com", "550 5.1.1 unknown"))) {
            long cohort = Cohorts.of(db.dataSource(), "person_id,name,email,phone,jurisdiction,language\n"
                    + java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "p" + i + ",P," + (i % 10 == 0 ? ""
                    : "p" + i + "@example.com") + ",,KR,ko\n").collect(java.util.stream.Collectors.joining()));
            long runId = store.newRun(cohort, LETTER, new NoticeWave(0, 2), "INC-42", System.currentTimeMillis());
            List<String> ended = new java.util.concurrent.CopyOnWriteArrayList<>();
            NoticeDispatcher dispatcher = new NoticeDispatcher(store, LETTERS, DispatchChannels.mailOnly(
                    smtpAt(smtp.port(), true)), settings(3), Clock.systemUTC(), (run, c) -> ended.add(run.incidentId()
                    + ":" + run.status() + ":" + c.sent() + "/" + c.bounced() + "/" + c.failed() + "/" + c.suppressed()));

            dispatcher.start(runId);
            await().atMost(Duration.ofSeconds(20)).until(() -> !ended.isEmpty());

            assertThat(ended).containsExactly("INC-42:COMPLETED:35/1/0/4");
            RunProgress progress = dispatcher.progress(runId);
            for (String status : List.of("SENT", "BOUNCED", "FAILED", "SUPPRESSED")) {
                long counted = statusCount(runId, status);
                assertThat(switch (status) {
                    case "SENT" -> progress.sent();
                    case "BOUNCED" -> progress.bounced();
                    case "FAILED" -> progress.failed();
                    default -> progress.suppressed();
                }).as(status).isEqualTo(counted);
            }
            assertThat(progress.total()).isEqualTo(40);
            assertThat(progress.remaining()).isZero();
        }
    }

    @Test
    void tellsTheListenerWhenARunIsCancelledPartWayThrough() {
        long runId = newRun(Cohorts.synthetic(db.dataSource(), 30), new NoticeWave(20, 1));
        List<RunStatus> ended = new java.util.concurrent.CopyOnWriteArrayList<>();
        TestGateways.Recording gateway = new TestGateways.Recording();
        NoticeDispatcher dispatcher = new NoticeDispatcher(store, LETTERS, DispatchChannels.mailOnly(gateway),
                settings(3), Clock.systemUTC(), (run, c) -> ended.add(run.status()));
        dispatcher.start(runId);
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.deliveries.size() >= 3);

        dispatcher.cancel(runId);
        await().atMost(Duration.ofSeconds(10)).until(() -> !ended.isEmpty());

        assertThat(ended).containsExactly(RunStatus.CANCELLED);
        assertThat(dispatcher.progress(runId).remaining()).isPositive();
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

    /**
     * Issue 19: a node that dies while creating a run's ledger leaves the run CREATING; the survivor that takes the
     * node over continues the fill and sends the run, rather than the run waiting for that node's next start. A run
     * another, living node is creating is left to it.
     */
    @Test
    void aRunWhoseLedgerALostNodeWasCreatingIsContinuedByTheNodeThatTakesItOver() throws Exception {
        long lostNodesRun = newRun(Cohorts.synthetic(db.dataSource(), 3_000), new NoticeWave(0, 4));
        long livingNodesRun = newRun(Cohorts.synthetic(db.dataSource(), 10), new NoticeWave(0, 4));
        store.fillingBy(lostNodesRun, "node-a-1");
        store.fillingBy(livingNodesRun, "node-c-1");
        TestGateways.Recording mail = new TestGateways.Recording();

        dispatcher(mail, 3).resolveLost("node-a-1");

        await().atMost(Duration.ofSeconds(60)).until(() -> store.findRun(lostNodesRun).status() == RunStatus.COMPLETED);
        assertThat(statusCount(lostNodesRun, "SENT")).isEqualTo(3_000);
        assertThat(mail.deliveries).hasSize(3_000);
        assertThat(mail.deliveries.stream().map(TestGateways.Delivery::messageId).distinct()).hasSize(3_000);
        assertThat(store.findRun(livingNodesRun).status()).as("another node's fill").isEqualTo(RunStatus.CREATING);
    }

    private long newRun(long cohortId, NoticeWave wave) {
        return store.newRun(cohortId, LETTER, wave, System.currentTimeMillis());
    }

    private NoticeDispatcher dispatcher(MailGateway gateway, int maxAttempts) {
        return new NoticeDispatcher(store, LETTERS, gateway, settings(maxAttempts), Clock.systemUTC());
    }

    private static DispatchSettings settings(int maxAttempts) {
        return new DispatchSettings("notices@breachflow.invalid", 500, 50, maxAttempts, Duration.ofMillis(10), 1_000);
    }

    private static int pdfPages(Path mailhouse) throws java.io.IOException {
        int pages = 0;
        try (var files = Files.newDirectoryStream(mailhouse, "*.pdf")) {
            for (Path pdf : files) {
                try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                    pages += document.getNumberOfPages();
                }
            }
        }
        return pages;
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
