package io.breachflow.web.mailbox;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Read-only view of the mail the embedded SMTP server received. A message sent to several people is
 * delivered once per recipient; each delivery is one entry, numbered in arrival order.
 */
class Mailbox {

    private static final int MAX_PART_DEPTH = 5;

    private final GreenMail server;

    Mailbox(GreenMail server) {
        this.server = server;
    }

    /** One delivered message as listed on the mailbox page. */
    record Delivery(int number, String from, String to, String subject, OffsetDateTime sentAt) {
    }

    /** One message opened in the viewer; either body may be empty. */
    record OpenedMessage(Delivery delivery, String plainText, String html) {
    }

    List<Delivery> deliveries() {
        MimeMessage[] received = server.getReceivedMessages();
        List<Delivery> deliveries = new ArrayList<>(received.length);
        for (int i = received.length - 1; i >= 0; i--) {
            deliveries.add(delivery(i + 1, received[i]));
        }
        return deliveries;
    }

    Optional<OpenedMessage> open(int number) {
        MimeMessage[] received = server.getReceivedMessages();
        if (number < 1 || number > received.length) {
            return Optional.empty();
        }
        MimeMessage message = received[number - 1];
        Bodies bodies = new Bodies();
        bodies.collect(message, 0);
        return Optional.of(new OpenedMessage(delivery(number, message), bodies.plain, bodies.html));
    }

    private static Delivery delivery(int number, MimeMessage message) {
        try {
            OffsetDateTime sent = message.getSentDate() == null ? null
                    : message.getSentDate().toInstant().atOffset(ZoneOffset.UTC);
            return new Delivery(number, addresses(message.getFrom()),
                    addresses(message.getRecipients(Message.RecipientType.TO)), message.getSubject(), sent);
        } catch (MessagingException unreadable) {
            throw new IllegalStateException("Expected a readable message " + number + ", but it is not", unreadable);
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    /** Walks a MIME tree, keeping the first plain-text and the first HTML body. */
    private static final class Bodies {

        private String plain = "";
        private String html = "";

        void collect(Part part, int depth) {
            try {
                if (part.isMimeType("text/plain") && plain.isEmpty()) {
                    plain = String.valueOf(part.getContent());
                } else if (part.isMimeType("text/html") && html.isEmpty()) {
                    html = String.valueOf(part.getContent());
                } else if (part.isMimeType("multipart/*") && depth < MAX_PART_DEPTH) {
                    Multipart multipart = (Multipart) part.getContent();
                    for (int i = 0; i < multipart.getCount(); i++) {
                        BodyPart child = multipart.getBodyPart(i);
                        collect(child, depth + 1);
                    }
                }
            } catch (MessagingException | IOException unreadable) {
                throw new IllegalStateException("Expected a readable message body, but it is not", unreadable);
            }
        }
    }
}
