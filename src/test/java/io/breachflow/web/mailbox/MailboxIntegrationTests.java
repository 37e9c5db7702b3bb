package io.breachflow.web.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.web.FormLoginClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Mail sent through the application's mail sender arrives in the embedded SMTP server's mailbox. */
@BreachflowIntegrationTest
class MailboxIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JavaMailSender mailSender;

    @Test
    void officerSeesMailSentThroughTheMailSender() {
        String subject = "Breach notice " + UUID.randomUUID();
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("breachflow@example.org");
        mail.setTo("person@example.org");
        mail.setSubject(subject);
        mail.setText("Dear customer, we write to tell you about an incident.");
        mailSender.send(mail);

        FormLoginClient officer = new FormLoginClient(port);
        officer.logIn("officer", "demo");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(officer.get("/mailbox").body()).contains(subject));
        HttpResponse<String> list = officer.get("/mailbox");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("person@example.org").contains("breachflow@example.org");
    }

    @Test
    void legalMayNotOpenTheMailbox() {
        FormLoginClient legal = new FormLoginClient(port);
        legal.logIn("legal", "demo");

        assertThat(legal.get("/mailbox").statusCode()).isEqualTo(403);
        assertThat(legal.get("/mailbox/1").statusCode()).isEqualTo(403);
    }

    @Test
    void viewerShowsHtmlMailOnlyInsideASandboxedFrame() throws Exception {
        String subject = "HTML notice " + UUID.randomUUID();
        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("breachflow@example.org");
        helper.setTo("html@example.org");
        helper.setSubject(subject);
        helper.setText("Plain <b>text</b> version", "<p id=\"injected\">Hello</p><script>alert(1)</script>");
        mailSender.send(message);

        FormLoginClient admin = new FormLoginClient(port);
        admin.logIn("admin", "demo");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(admin.get("/mailbox").body()).contains(subject));
        String list = admin.get("/mailbox").body();
        String link = list.substring(0, list.indexOf(subject));
        String number = link.substring(link.lastIndexOf("/mailbox/") + "/mailbox/".length(), link.lastIndexOf('"'));

        String viewer = admin.get("/mailbox/" + number).body();

        assertThat(viewer).contains(subject)
                .contains("Plain &lt;b&gt;text&lt;/b&gt; version")
                .contains("sandbox=\"\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>")
                .doesNotContain("<p id=\"injected\">");
    }

    @Test
    void unknownMessageNumberIsNotFound() {
        FormLoginClient officer = new FormLoginClient(port);
        officer.logIn("officer", "demo");

        assertThat(officer.get("/mailbox/999999").statusCode()).isEqualTo(404);
    }
}
