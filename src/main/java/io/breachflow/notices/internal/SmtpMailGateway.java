package io.breachflow.notices.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Supplier;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP through Jakarta Mail. Each session keeps its {@link Transport} connected and sends letter after
 * letter over it (MAIL/RCPT/DATA per letter, RSET after a refused recipient).
 */
public final class SmtpMailGateway implements MailGateway {

    static {
        // Jakarta Mail looks its StreamProvider up through ServiceLoader on every encode (a jar scan per
        // MIME part); naming the implementation makes it a Class.forName. Only set when nobody else did.
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private final jakarta.mail.Session mail;
    private final String host;
    private final int port;
    private final String username;
    private final String password;

    public SmtpMailGateway(String host, int port, String username, String password, Properties extra) {
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "30000");
        props.put("mail.smtp.quitwait", "false");
        props.putAll(extra);
        this.mail = jakarta.mail.Session.getInstance(props);
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
    }

    /**
     * A gateway to wherever the application's mail sender points, resolved on first use (the dev SMTP
     * server binds its port late; another profile may have no mail sender until one is configured).
     */
    public static MailGateway following(Supplier<JavaMailSenderImpl> sender, boolean pipelining) {
        return new MailGateway() {
            private volatile MailGateway gateway;

            @Override
            public Session open() throws MailFailure {
                if (gateway == null) {
                    JavaMailSenderImpl s = sender.get();
                    gateway = pipelining ? new PipeliningSmtpGateway(s.getHost(), s.getPort())
                            : new SmtpMailGateway(s.getHost(), s.getPort(), s.getUsername(), s.getPassword(),
                                    s.getJavaMailProperties());
                }
                return gateway.open();
            }
        };
    }

    @Override
    public Session open() throws MailFailure {
        try {
            Transport transport = mail.getTransport("smtp");
            transport.connect(host, port, username, password);
            return new SmtpSession(transport);
        } catch (MessagingException e) {
            throw new MailFailure(replyCode(e), false, e);
        }
    }

    private final class SmtpSession implements Session {

        private final Transport transport;
        private boolean open = true;

        SmtpSession(Transport transport) {
            this.transport = transport;
        }

        @Override
        public void send(OutgoingLetter letter) throws MailFailure {
            MimeMessage message;
            try {
                message = toMime(letter);
            } catch (MessagingException | UnsupportedEncodingException e) {
                throw new IllegalStateException("Expected a well-formed letter " + letter.messageId()
                        + ", but building it failed", e);
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                // Transport.isConnected() costs a NOOP round trip: ask only after a failure
                open = transport.isConnected();
                throw new MailFailure(replyCode(e), open, e);
            }
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the session is being discarded anyway
            }
        }
    }

    private MimeMessage toMime(OutgoingLetter letter) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new FixedIdMessage(mail, letter.messageId());
        message.setFrom(new InternetAddress(letter.from()));
        // InternetAddress encodes the display name (RFC 2047) and the row validator refused CR/LF in the
        // address, so a person's name or address cannot add headers
        message.setRecipient(jakarta.mail.Message.RecipientType.TO,
                new InternetAddress(letter.to(), letter.toName(), StandardCharsets.UTF_8.name()));
        message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(letter.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** The first SMTP reply code in the exception chain, 0 when there is none. */
    static int replyCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException a) {
                return a.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 400) {
                return s.getReturnCode();
            }
        }
        return 0;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** The Message-ID is ours (deterministic per run and person), not Jakarta Mail's random one. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(jakarta.mail.Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
