package io.breachflow.notices.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A letter as RFC 5322 / MIME bytes, ready for SMTP DATA (CRLF line ends; no line starts with a dot,
 * since headers start with a name and bodies are base64). multipart/alternative: plain text, then HTML.
 * Header values from personal data are encoded (RFC 2047), and control characters were already removed,
 * so they cannot add header lines.
 */
final class MimeLetters {

    private static final String BOUNDARY = "=_breachflow_alternative";
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'});

    private MimeLetters() {
    }

    static byte[] toBytes(OutgoingLetter letter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        String to = letter.toName() == null ? letter.to()
                : MimeWords.displayName(letter.toName()) + " <" + letter.to() + ">";
        ascii(out, "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\n"
                + "From: " + letter.from() + "\r\n"
                + "To: " + to + "\r\n"
                + "Message-ID: " + letter.messageId() + "\r\n"
                + "Subject: " + MimeWords.text(letter.subject()) + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"" + BOUNDARY + "\"\r\n\r\n");
        part(out, "text/plain", letter.text());
        part(out, "text/html", letter.html());
        ascii(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void part(ByteArrayOutputStream out, String type, String content) {
        ascii(out, "--" + BOUNDARY + "\r\nContent-Type: " + type + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n");
        out.writeBytes(BASE64.encode(content.getBytes(StandardCharsets.UTF_8)));
        ascii(out, "\r\n");
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
