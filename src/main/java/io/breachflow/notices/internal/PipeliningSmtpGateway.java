package io.breachflow.notices.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain SMTP client for a trusted relay (a local Postfix, a mail house's submission host on a private
 * link): no TLS, no AUTH. Where the server announces PIPELINING (RFC 2920) it sends MAIL, RCPT and DATA
 * in one write, so a letter costs two round trips instead of four. The letter's bytes come from
 * {@link MimeLetters}. Use {@link SmtpMailGateway} (Jakarta Mail) for relays that need TLS or AUTH.
 */
public final class PipeliningSmtpGateway implements MailGateway {

    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final String host;
    private final int port;

    public PipeliningSmtpGateway(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public Session open() throws MailFailure {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(READ_TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            SmtpConnection connection = new SmtpConnection(socket);
            connection.expect(connection.reply(), 220);
            connection.write("EHLO breachflow\r\n");
            Reply ehlo = connection.reply();
            boolean pipelining = ehlo.code() == 250 && ehlo.text().toUpperCase().contains("PIPELINING");
            if (ehlo.code() != 250) {
                connection.write("HELO breachflow\r\n");
                connection.expect(connection.reply(), 250);
            }
            connection.pipelining = pipelining;
            return connection;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new MailFailure(0, false, e);
        }
    }

    record Reply(int code, String text) {
        boolean positive() {
            return code >= 200 && code < 400;
        }
    }

    private static final class SmtpConnection implements Session {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean pipelining;
        private boolean open = true;

        SmtpConnection(Socket socket) throws IOException {
            this.socket = socket;
            this.in = new BufferedInputStream(socket.getInputStream(), 8192);
            this.out = new BufferedOutputStream(socket.getOutputStream(), 65_536);
        }

        @Override
        public void send(OutgoingLetter letter) throws MailFailure {
            byte[] message = MimeLetters.toBytes(letter);
            try {
                String envelope = "MAIL FROM:<" + letter.from() + ">\r\n";
                String rcpt = "RCPT TO:<" + letter.to() + ">\r\n";
                Reply mail;
                Reply to;
                Reply data;
                if (pipelining) {
                    write(envelope + rcpt + "DATA\r\n");
                    mail = reply();
                    to = reply();
                    data = reply();
                } else {
                    write(envelope);
                    mail = reply();
                    to = mail.positive() ? writeAndRead(rcpt) : mail;
                    data = to.positive() ? writeAndRead("DATA\r\n") : to;
                }
                if (data.code() == 354 && (!mail.positive() || !to.positive())) {
                    // a server that accepted DATA after refusing the envelope gets an empty message
                    write(".\r\n");
                    reply();
                }
                if (!mail.positive() || !to.positive() || data.code() != 354) {
                    Reply refused = !mail.positive() ? mail : !to.positive() ? to : data;
                    writeAndRead("RSET\r\n");
                    throw new MailFailure(refused.code(), true, null);
                }
                out.write(message);
                out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Reply accepted = reply();
                if (accepted.code() != 250) {
                    throw new MailFailure(accepted.code(), true, null);
                }
            } catch (IOException e) {
                open = false;
                close();
                throw new MailFailure(0, false, e);
            }
        }

        private Reply writeAndRead(String command) throws IOException {
            write(command);
            return reply();
        }

        void write(String commands) throws IOException {
            out.write(commands.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        void expect(Reply reply, int code) throws IOException {
            if (reply.code() != code) {
                throw new IOException("Expected SMTP " + code + ", but the server answered " + reply.code());
            }
        }

        /** Reads one (possibly multi-line) reply. */
        Reply reply() throws IOException {
            StringBuilder text = new StringBuilder();
            while (true) {
                String line = readLine();
                if (line.length() < 3) {
                    throw new IOException("Expected an SMTP reply, but got a short line");
                }
                text.append(line).append('\n');
                if (line.length() == 3 || line.charAt(3) != '-') {
                    return new Reply(Integer.parseInt(line.substring(0, 3)), text.toString());
                }
            }
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            throw new IOException("The SMTP server closed the connection");
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            if (open) {
                try {
                    write("QUIT\r\n");
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            open = false;
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
