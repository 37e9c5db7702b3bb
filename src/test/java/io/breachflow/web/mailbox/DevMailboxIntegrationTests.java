package io.breachflow.web.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.notices.MailDeliveryLog;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** In the default profile the dev mailbox is on disk, answers "was it delivered?", and logs no address. */
@BreachflowIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DevMailboxIntegrationTests {

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    MailDeliveryLog deliveryLog;

    @Test
    void aDeliveredLetterIsConfirmedByTheDeliveryLogAndItsRecipientAppearsInNoLogLine(CapturedOutput output)
            throws Exception {
        String address = "log-probe-" + UUID.randomUUID() + "@example.org";
        MimeMessage letter = mailSender.createMimeMessage();
        letter.setFrom("notices@breachflow.invalid");
        letter.setRecipients(MimeMessage.RecipientType.TO, address);
        letter.setSubject("Notice");
        letter.setText("Dear customer");
        letter.saveChanges();
        String messageId = letter.getMessageID();

        mailSender.send(letter);

        await().atMost(Duration.ofSeconds(10)).until(() -> !deliveryLog.accepted(List.of(messageId)).isEmpty());
        assertThat(deliveryLog.accepted(List.of(messageId, "<run-0-p-0@breachflow>"))).containsExactly(messageId);
        assertThat(output.getAll()).doesNotContain(address);
    }
}
