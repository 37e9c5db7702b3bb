package io.breachflow.drill;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * The SMTP transport of a drill: every message, whoever composed it (reminders, escalations, authority filings,
 * audit alarms, notice letters), gets "[DRILL]" before its subject and an {@code X-Breachflow-Drill} header on its
 * way to the embedded mailbox. Registered as the mail session's SMTP provider by {@link DrillMailStamp}.
 */
public class DrillTransport extends SMTPTransport {

    /** The header every drill mail carries. */
    public static final String HEADER = "X-Breachflow-Drill";

    public DrillTransport(Session session, URLName url) {
        super(session, url);
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        String subject = message.getSubject();
        if (subject == null || !subject.startsWith(DrillDocumentMarks.PREFIX)) {
            if (message instanceof MimeMessage mime) {
                mime.setSubject(DrillDocumentMarks.PREFIX + (subject == null ? "" : subject), StandardCharsets.UTF_8.name());
            } else {
                message.setSubject(DrillDocumentMarks.PREFIX + (subject == null ? "" : subject));
            }
        }
        message.setHeader(HEADER, "true");
        super.sendMessage(message, addresses);
    }
}
