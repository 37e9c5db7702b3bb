package io.breachflow.notices.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP sink shared by several dispatcher processes: accepts everything (PIPELINING announced), keeps
 * per Message-ID and per address how often a message was accepted, and, like Postfix's cleanup, writes a
 * {@code message-id=<…>} line to its log file <em>before</em> answering 250, so a
 * {@link RelayLogDeliveryLog} on that file knows every message it may have acknowledged. Public for the
 * application-level cluster test ({@code cluster.NoticeRunAcrossNodesIntegrationTests}).
 */
public final class RecordingSmtpSink implements AutoCloseable {

    private final ServerSocket socket;
    private final BufferedWriter log;
    public final Map<String, AtomicInteger> byMessageId = new ConcurrentHashMap<>();
    public final Map<String, AtomicInteger> byAddress = new ConcurrentHashMap<>();
    public final AtomicLong accepted = new AtomicLong();
    public final AtomicLong firstNanos = new AtomicLong();
    public final AtomicLong lastNanos = new AtomicLong();
    /** When each Message-ID was last accepted ({@link System#nanoTime()}). */
    public final Map<String, Long> lastAcceptedNanos = new ConcurrentHashMap<>();

    public RecordingSmtpSink(Path logFile) throws IOException {
        this.log = Files.newBufferedWriter(logFile, StandardCharsets.ISO_8859_1);
        this.socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "recording-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public long duplicates() {
        return byMessageId.values().stream().mapToLong(n -> n.get() - 1).sum();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread t = new Thread(() -> converse(client), "recording-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = client.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String rcpt = null;
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
                switch (verb) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 PIPELINING");
                    case "RCPT" -> {
                        rcpt = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String messageId = null;
                        for (String data = in.readLine(); !".".equals(data); data = in.readLine()) {
                            if (data == null) {
                                return; // the sender died mid-message: nothing accepted
                            }
                            if (messageId == null && data.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                                messageId = data.substring(11).trim();
                            }
                        }
                        record(messageId, rcpt);
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the client went away
        }
    }

    private void record(String messageId, String rcpt) throws IOException {
        synchronized (log) {
            log.write("sink cleanup: message-id=" + messageId + "\n");
            log.flush();
        }
        byMessageId.computeIfAbsent(String.valueOf(messageId), id -> new AtomicInteger()).incrementAndGet();
        byAddress.computeIfAbsent(String.valueOf(rcpt), a -> new AtomicInteger()).incrementAndGet();
        long now = System.nanoTime();
        firstNanos.compareAndSet(0, now);
        lastNanos.accumulateAndGet(now, Math::max);
        lastAcceptedNanos.put(String.valueOf(messageId), now);
        accepted.incrementAndGet();
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (log) {
            log.close();
        }
    }
}
