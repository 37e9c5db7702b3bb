package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeLettersTests {

    @Test
    void writesAKoreanLetterThatAMailReaderDecodesBackExactly() throws Exception {
        String subject = "개인정보 유출 통지 — 고객님의 개인정보가 유출되었음을 알려드립니다 (참조 12345)";
        OutgoingLetter letter = new OutgoingLetter("<run-7-p-42@breachflow>", "notices@breachflow.invalid",
                "hong@example.com", "홍길동", subject, "홍길동 님께,\n\n본문", "<p>홍길동 님께,</p>");

        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(MimeLetters.toBytes(letter)));

        assertThat(parsed.getSubject()).isEqualTo(subject);
        assertThat(parsed.getMessageID()).isEqualTo("<run-7-p-42@breachflow>");
        InternetAddress to = (InternetAddress) parsed.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo("hong@example.com");
        assertThat(to.getPersonal()).isEqualTo("홍길동");
        MimeMultipart parts = (MimeMultipart) parsed.getContent();
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("홍길동 님께,\n\n본문");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>홍길동 님께,</p>");
    }

    @Test
    void quotesAnAsciiDisplayNameSoItsSpecialCharactersStayInsideTheName() throws Exception {
        OutgoingLetter letter = new OutgoingLetter("<run-1-p-1@breachflow>", "notices@breachflow.invalid",
                "target@example.com", "Eve \"Admin\", <evil@example.com>", "Notice", "text", "<p>html</p>");

        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(MimeLetters.toBytes(letter)));

        assertThat(parsed.getAllRecipients()).hasSize(1);
        InternetAddress to = (InternetAddress) parsed.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo("target@example.com");
        assertThat(to.getPersonal()).isEqualTo("Eve \"Admin\", <evil@example.com>");
    }
}
