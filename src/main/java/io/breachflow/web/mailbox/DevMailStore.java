package io.breachflow.web.mailbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dev mailbox on disk, so that what the embedded SMTP server acknowledged survives a crash of the
 * application: each delivery is one {@code .eml} file (the raw RFC 822 message behind a
 * {@code Delivered-To} line naming its envelope recipient), written to a temporary file and renamed
 * into place before the server answers {@code 250}. A kill leaves either the whole message or a
 * temporary file, which the next start deletes. The Message-IDs of what is stored answer the dispatch
 * engine's "was it delivered?" after a crash.
 *
 * <p>Without {@code fsync} a delivery survives the process being killed (the kernel holds the file), as
 * the H2 ledger's own commits do; with it, it also survives the machine losing power, at the cost of two
 * disk flushes per delivery under GreenMail's delivery lock (about 90 letters a second on a cloud disk).
 */
final class DevMailStore {

    private static final String DELIVERED_TO = "Delivered-To: ";

    private final Path directory;
    private final boolean fsync;
    private final Set<String> messageIds = ConcurrentHashMap.newKeySet();

    DevMailStore(Path directory, boolean fsync) {
        this.directory = directory;
        this.fsync = fsync;
    }

    /** One stored delivery, as read back at start-up. */
    record StoredDelivery(String recipient, MimeMessage message, Date receivedAt) {
    }

    /**
     * Writes one delivery; returns once it is on disk. The same message to the same recipient twice is
     * stored twice (a second file with a suffix), so the mailbox shows a duplicate as a duplicate.
     */
    void persist(MimeMessage message, String recipient) {
        try {
            String messageId = message.getMessageID();
            ByteArrayOutputStream raw = new ByteArrayOutputStream(8192);
            raw.write((DELIVERED_TO + recipient + "\r\n").getBytes(StandardCharsets.UTF_8));
            message.writeTo(raw);
            Path temporary = directory.resolve(UUID.randomUUID() + ".tmp");
            write(temporary, raw.toByteArray());
            moveToFreeName(temporary, baseName(messageId, recipient));
            if (fsync) {
                force(directory);
            }
            if (messageId != null) {
                messageIds.add(messageId);
            }
        } catch (IOException | MessagingException e) {
            // the address is personal data and this message reaches the log: name neither it nor the message
            throw new IllegalStateException("Expected the dev mailbox at " + directory + " to store a delivery, but "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** Which of these Message-IDs were stored (delivered) by this or an earlier run of the application. */
    Set<String> delivered(Collection<String> wanted) {
        return wanted.stream().filter(messageIds::contains).collect(Collectors.toSet());
    }

    /** Everything stored, oldest first; deletes what a crash left half-written. */
    List<StoredDelivery> load() {
        try {
            Files.createDirectories(directory);
            try (Stream<Path> files = Files.list(directory)) {
                List<Path> all = files.toList();
                for (Path leftover : all.stream().filter(p -> p.toString().endsWith(".tmp")).toList()) {
                    Files.deleteIfExists(leftover);
                }
                Session session = Session.getInstance(new Properties());
                List<StoredDelivery> stored = all.stream().filter(p -> p.toString().endsWith(".eml"))
                        .sorted(Comparator.comparing(DevMailStore::modified).thenComparing(Path::toString))
                        .map(file -> read(file, session)).toList();
                stored.forEach(this::remember);
                return stored;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Expected a readable dev mailbox at " + directory + ", but it is not", e);
        }
    }

    private void remember(StoredDelivery delivery) {
        try {
            String messageId = delivery.message().getMessageID();
            if (messageId != null) {
                messageIds.add(messageId);
            }
        } catch (MessagingException unreadable) {
            // a message without a readable Message-ID is not one the dispatch engine asks about
        }
    }

    private static StoredDelivery read(Path file, Session session) {
        try (InputStream in = Files.newInputStream(file)) {
            String firstLine = firstLine(in);
            String recipient = firstLine.startsWith(DELIVERED_TO) ? firstLine.substring(DELIVERED_TO.length()) : "";
            MimeMessage message = new MimeMessage(session, in);
            return new StoredDelivery(recipient, message, new Date(Files.getLastModifiedTime(file).toMillis()));
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Expected a readable stored message " + file.getFileName() + ", but "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(directory);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (fsync) {
                channel.force(true);
            }
        }
    }

    /** GreenMail delivers one message at a time (under its delivery lock), so a free name stays free. */
    private void moveToFreeName(Path temporary, String base) throws IOException {
        Path target = directory.resolve(base + ".eml");
        for (int copy = 1; Files.exists(target); copy++) {
            target = directory.resolve(base + "-" + copy + ".eml");
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void force(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Named by a hash: the Message-ID and the address are personal data and stay out of file names. */
    private static String baseName(String messageId, String recipient) {
        String key = (messageId == null ? UUID.randomUUID().toString() : messageId) + "\n" + recipient;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Expected SHA-256 in every JVM, but it is missing", e);
        }
    }
}
