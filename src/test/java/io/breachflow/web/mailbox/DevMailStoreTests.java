package io.breachflow.web.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the dev SMTP server acknowledged is on disk, comes back after a restart and answers "was it delivered?". */
class DevMailStoreTests {

    @TempDir
    Path directory;

    @Test
    void mailTheServerAcknowledgedIsInTheMailboxAgainAfterARestartOnTheSameDirectory() throws Exception {
        GreenMail first = started(new DevMailStore(directory, false));
        for (int i = 1; i <= 3; i++) {
            GreenMailUtil.sendTextEmail("person-" + i + "@example.org", "breachflow@example.org", "Notice " + i,
                    "Dear customer", first.getSmtp().getServerSetup());
        }
        List<String> ids = Stream.of(first.getReceivedMessages()).map(DevMailStoreTests::messageId).toList();
        // no stop(): as after kill -9, only what is on disk is left
        DevMailStore reopened = new DevMailStore(directory, false);
        GreenMail second = started(reopened);
        try {
            Mailbox.Page page = new Mailbox(second).page(0, 50, null);

            assertThat(page.total()).isEqualTo(3);
            assertThat(page.deliveries()).extracting(Mailbox.Delivery::subject)
                    .containsExactly("Notice 3", "Notice 2", "Notice 1");
            assertThat(page.deliveries()).extracting(Mailbox.Delivery::to)
                    .containsExactly("person-3@example.org", "person-2@example.org", "person-1@example.org");
            assertThat(reopened.delivered(List.of(ids.get(0), ids.get(2), "<run-9-p-9@breachflow>")))
                    .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
            assertThat(files()).as("file names carry neither address nor Message-ID")
                    .allSatisfy(name -> assertThat(name).matches("[0-9a-f]{32}\\.eml"));
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void theSameLetterDeliveredTwiceToOnePersonIsKeptTwiceSoADuplicateShows() throws Exception {
        DevMailStore store = new DevMailStore(directory, true);
        MimeMessage letter = letter("<run-1-p-7@breachflow>", "kim@example.org");

        store.persist(letter, "kim@example.org");
        store.persist(letter, "kim@example.org");

        assertThat(new DevMailStore(directory, false).load()).hasSize(2)
                .allSatisfy(stored -> assertThat(stored.recipient()).isEqualTo("kim@example.org"));
    }

    @Test
    void aMessageHalfWrittenWhenTheApplicationDiedIsDiscardedAtStart() throws Exception {
        DevMailStore store = new DevMailStore(directory, false);
        store.persist(letter("<run-1-p-1@breachflow>", "lee@example.org"), "lee@example.org");
        Files.writeString(directory.resolve("0b7c.tmp"), "Delivered-To: park@example.org\r\nSubject: cut sho");

        DevMailStore restarted = new DevMailStore(directory, false);

        assertThat(restarted.load()).singleElement().extracting(DevMailStore.StoredDelivery::recipient)
                .isEqualTo("lee@example.org");
        assertThat(files()).hasSize(1).noneMatch(name -> name.endsWith(".tmp"));
        assertThat(restarted.delivered(List.of("<run-1-p-1@breachflow>"))).containsExactly("<run-1-p-1@breachflow>");
    }

    private static GreenMail started(DevMailStore store) {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        PersistingDelivery.install(server, store);
        server.start();
        return server;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    private static MimeMessage letter(String messageId, String to) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom("notices@breachflow.invalid");
        message.setRecipient(RecipientType.TO, new InternetAddress(to));
        message.setSubject("Notice");
        message.setText("Dear customer");
        message.saveChanges();
        return message;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
