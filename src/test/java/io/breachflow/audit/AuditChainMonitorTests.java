package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The monitor checkpoints an intact, grown chain (and mails the checkpoint to the auditors), never
 * checkpoints a broken one, and raises a break once, mailing the DPO and the auditors.
 */
class AuditChainMonitorTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @TempDir
    Path dir;

    private final AuditKeys keys = new AuditKeys("a-test-audit-key-of-at-least-32-characters", List.of());
    private final AuditTrail trail = mock(AuditTrail.class);
    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final List<Object> events = new ArrayList<>();
    private final SharedStatuses shared = new SharedStatuses();

    @Test
    void anIntactGrownChainIsCheckpointedAndMailedToTheAuditorsOnce() throws Exception {
        AuditChainMonitor monitor = monitor();
        when(trail.verifyForCheckpoint()).thenReturn(intact(7, null));

        assertThat(monitor.run().checkpoint()).isEqualTo(7);

        AuditCheckpoint written = checkpoints().authentic().get(0);
        assertThat(written.sequence()).isEqualTo(7);
        assertThat(written.head()).isEqualTo("h".repeat(64));
        assertThat(mailedTo(1)).containsExactly("auditors@example.org");
    }

    @Test
    void aBreakIsRaisedOnceMailedToTheDpoAndTheAuditorsAndNeverCheckpointed() throws Exception {
        AuditChainMonitor monitor = monitor();
        when(trail.verifyForCheckpoint()).thenReturn(new ChainVerifier.Result(
                AuditVerification.broken(2, 3, "Expected hash …, but … (the entry was changed)", null), null, 0));

        monitor.run();
        monitor.run();

        assertThat(events).containsExactly(new AuditChainBroken(3, "Expected hash …, but … (the entry was changed)", NOW));
        assertThat(monitor.status()).get().extracting(s -> s.verification().brokenAt()).isEqualTo(3L);
        assertThat(checkpoints().authentic()).isEmpty();
        assertThat(mailedTo(2)).containsExactly("dpo@example.org", "auditors@example.org");
    }

    /** Issue 19: nodes on one database take turns verifying; a break found by one is raised once and shown by all. */
    @Test
    void aBreakFoundOnOneNodeIsShownOnEveryNodeAndRaisedOnceForTheCluster() throws Exception {
        AuditChainMonitor first = monitor();
        AuditChainMonitor second = monitor();
        when(trail.verifyForCheckpoint()).thenReturn(new ChainVerifier.Result(
                AuditVerification.broken(5, 4, "Expected sequence 4, but it is missing (the entry was deleted)", null),
                null, 0));

        first.run();
        second.run();

        assertThat(events).hasSize(1);
        assertThat(second.status()).get().extracting(s -> s.verification().brokenAt()).isEqualTo(4L);
        assertThat(first.status()).get().extracting(s -> s.verification().intact()).isEqualTo(false);
        assertThat(mailedTo(2)).containsExactly("dpo@example.org", "auditors@example.org");
    }

    private List<String> mailedTo(int count) throws Exception {
        ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
        verify(sender, times(count)).send(sent.capture());
        List<String> to = new ArrayList<>();
        for (MimeMessage message : sent.getAllValues()) {
            to.add(message.getAllRecipients()[0].toString());
        }
        return to;
    }

    private ChainVerifier.Result intact(long checked, Long checkpoint) {
        return new ChainVerifier.Result(AuditVerification.ok(checked, checkpoint), "h".repeat(64), 0);
    }

    private AuditProperties properties() {
        return new AuditProperties(null, null, List.of(), dir.resolve("checkpoints.log"), Duration.ofMinutes(15),
                "auditors@example.org", "dpo@example.org", "breachflow@example.org");
    }

    private AuditCheckpoints checkpoints() {
        return new AuditCheckpoints(properties(), keys);
    }

    @SuppressWarnings("unchecked")
    private AuditChainMonitor monitor() {
        when(sender.createMimeMessage()).thenAnswer(call -> new MimeMessage(Session.getInstance(new Properties())));
        ObjectProvider<JavaMailSender> senders = mock(ObjectProvider.class);
        when(senders.getIfAvailable()).thenReturn(sender);
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        AuditChainMail mail = new AuditChainMail(properties(), senders, messages);
        ApplicationEventPublisher publisher = event -> {
            events.add(event);
            if (event instanceof AuditChainBroken broken) {
                mail.on(broken);
            }
        };
        ObjectProvider<Clock> clock = mock(ObjectProvider.class);
        when(clock.getIfAvailable(any())).thenReturn(Clock.fixed(NOW, ZoneOffset.UTC));
        return new AuditChainMonitor(trail, checkpoints(), mail, publisher, clock, shared);
    }

    /** The {@code audit_chain_status} row every node of one database shares. */
    private static final class SharedStatuses extends AuditChainStatuses {

        private final java.util.concurrent.atomic.AtomicReference<AuditChainMonitor.Status> row =
                new java.util.concurrent.atomic.AtomicReference<>();

        SharedStatuses() {
            super(null);
        }

        @Override
        java.util.Optional<AuditChainMonitor.Status> latest() {
            return java.util.Optional.ofNullable(row.get());
        }

        @Override
        void save(AuditChainMonitor.Status status) {
            row.set(status);
        }
    }
}
