package io.breachflow.web.mailbox;

import com.icegreen.greenmail.store.StoredMessage;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Read-only view of the mail the embedded SMTP server received. A message sent to several people is
 * delivered once per recipient; each delivery is one entry, numbered in the server's order. Lists are read
 * a page at a time, newest first: only the page's messages have their headers decoded, so a notice run's
 * tens of thousands of letters cost a sort by arrival time, not a page of megabytes.
 */
class Mailbox {

    private static final int MAX_PART_DEPTH = 5;

    private final GreenMail server;

    Mailbox(GreenMail server) {
        this.server = server;
    }

    /** One delivered message as listed on the mailbox page. */
    record Delivery(int number, String from, String to, String subject, OffsetDateTime sentAt) {

        boolean matches(String lowerCaseSearch) {
            return Stream.of(from, to, subject).anyMatch(text -> text != null
                    && text.toLowerCase(Locale.ROOT).contains(lowerCaseSearch));
        }
    }

    /** One message opened in the viewer; either body may be empty. */
    record OpenedMessage(Delivery delivery, String plainText, String html) {
    }

    /**
     * One page of deliveries, newest first.
     *
     * @param page  the page shown, from 0 (a page past the end shows the last one)
     * @param total how many deliveries there are (that match the search, if any)
     */
    record Page(List<Delivery> deliveries, int page, int size, int total) {

        public int lastPage() {
            return Math.max(0, (total - 1) / size);
        }
    }

    /**
     * Page {@code page} of {@code size} deliveries, newest first; with a {@code search} (case-insensitive),
     * only those whose sender, recipients or subject contain it, which reads the headers of every message.
     */
    Page page(int page, int size, String search) {
        List<StoredMessage> received = server.getManagers().getImapHostManager().getAllMessages();
        List<Integer> newestFirst = IntStream.range(0, received.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> received.get(i).getReceivedDate(),
                        Comparator.nullsFirst(Comparator.<Date>naturalOrder())).thenComparing(i -> i).reversed())
                .toList();
        if (search == null || search.isBlank()) {
            return slice(newestFirst, page, size, i -> delivery(i + 1, received.get(i)));
        }
        String needle = search.strip().toLowerCase(Locale.ROOT);
        List<Delivery> matches = newestFirst.stream().map(i -> delivery(i + 1, received.get(i)))
                .filter(delivery -> delivery.matches(needle)).toList();
        return slice(matches, page, size, Function.identity());
    }

    private static <T> Page slice(List<T> items, int page, int size, Function<T, Delivery> toDelivery) {
        int shown = Math.min(Math.max(page, 0), Math.max(0, (items.size() - 1) / size));
        List<Delivery> deliveries = items.subList(shown * size, Math.min((shown + 1) * size, items.size())).stream()
                .map(toDelivery).toList();
        return new Page(deliveries, shown, size, items.size());
    }

    Optional<OpenedMessage> open(int number) {
        List<StoredMessage> received = server.getManagers().getImapHostManager().getAllMessages();
        if (number < 1 || number > received.size()) {
            return Optional.empty();
        }
        StoredMessage stored = received.get(number - 1);
        Bodies bodies = new Bodies();
        bodies.collect(stored.getMimeMessage(), 0);
        return Optional.of(new OpenedMessage(delivery(number, stored), bodies.plain, bodies.html));
    }

    /** A message without a {@code Date} header is dated when it arrived. */
    private static Delivery delivery(int number, StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            Date date = message.getSentDate() != null ? message.getSentDate() : stored.getReceivedDate();
            OffsetDateTime sent = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
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
