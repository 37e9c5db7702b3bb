package io.breachflow.notices.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server that answers RCPT for chosen addresses with a chosen reply (550, 451 …) and
 * accepts everything else, counting RCPT attempts and accepted messages per address.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, String> rcptReplies;
    final Map<String, AtomicInteger> rcptAttempts = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    /** When each RCPT for an address arrived (nanoTime), for back-off checks. */
    final Map<String, java.util.List<Long>> rcptTimes = new ConcurrentHashMap<>();
    private final Map<String, Integer> busyFirst;

    ScriptedSmtpServer(Map<String, String> rcptReplies) throws IOException {
        this(rcptReplies, Map.of());
    }

    /** As above; addresses in {@code busyFirst} get 451 for their first n RCPTs, then are accepted. */
    ScriptedSmtpServer(Map<String, String> rcptReplies, Map<String, Integer> busyFirst) throws IOException {
        this.rcptReplies = rcptReplies;
        this.busyFirst = busyFirst;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    int attempts(String address) {
        return rcptAttempts.getOrDefault(address, new AtomicInteger()).get();
    }

    int acceptedFor(String address) {
        return accepted.getOrDefault(address, new AtomicInteger()).get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Thread t = new Thread(() -> converse(client), "scripted-smtp-session");
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
            reply(out, "220 scripted ESMTP");
            String rcpt = null;
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO" -> reply(out, "250-scripted\r\n250 PIPELINING");
                    case "HELO" -> reply(out, "250 scripted");
                    case "MAIL", "NOOP" -> reply(out, "250 OK");
                    case "RSET" -> {
                        rcpt = null;
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                        int attempt = rcptAttempts.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
                        rcptTimes.computeIfAbsent(address, a -> new java.util.concurrent.CopyOnWriteArrayList<>())
                                .add(System.nanoTime());
                        String scripted = attempt <= busyFirst.getOrDefault(address, 0) ? "451 4.3.0 busy"
                                : rcptReplies.get(address);
                        rcpt = scripted == null ? address : null;
                        reply(out, scripted == null ? "250 OK" : scripted);
                    }
                    case "DATA" -> {
                        if (rcpt == null) {
                            reply(out, "554 5.5.1 no valid recipients");
                            continue;
                        }
                        reply(out, "354 go ahead");
                        while (!".".equals(in.readLine())) {
                            // the message body is not needed
                        }
                        if (rcpt != null) {
                            accepted.computeIfAbsent(rcpt, a -> new AtomicInteger()).incrementAndGet();
                        }
                        reply(out, "250 OK queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 not implemented");
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
