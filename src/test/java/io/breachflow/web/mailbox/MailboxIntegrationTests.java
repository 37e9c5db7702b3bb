package io.breachflow.web.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
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

    @Autowired
    GreenMail smtp;

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
    void aLargeMailboxShowsFiftyAPageNewestFirstAndEveryViewIsLoggedAsPersonalDataAccess() {
        String run = UUID.randomUUID().toString();
        for (int i = 1; i <= 60; i++) {
            String to = "person-" + i + "-" + run + "@example.org";
            smtp.setUser(to, to, "secret").deliver(GreenMailUtil.createTextEmail(to, "breachflow@example.org",
                    "Notice " + i + " of run " + run, "Dear customer", smtp.getSmtp().getServerSetup()));
        }
        FormLoginClient officer = new FormLoginClient(port);
        officer.logIn("officer", "demo");

        String first = officer.get("/mailbox").body();
        String widest = officer.get("/mailbox?size=100000").body();
        String search = officer.get("/mailbox?q=" + run).body();

        assertThat(rows(first)).isEqualTo(50);
        assertThat(first.indexOf("Notice 60 of run " + run)).as("newest first")
                .isLessThan(first.indexOf("Notice 59 of run " + run));
        assertThat(first).contains("rel=\"next\"").contains("/mailbox?page=1&amp;size=50")
                .contains("messages, newest first");
        assertThat(rows(widest)).isGreaterThanOrEqualTo(60);
        assertThat(widest).as("at most 200 a page").contains("name=\"size\" value=\"200\"");
        assertThat(rows(search)).isEqualTo(50);
        assertThat(search).contains("Page 1 of 2 (60 messages, newest first)");
        String number = first.substring(first.indexOf("/mailbox/") + "/mailbox/".length());
        number = number.substring(0, number.indexOf('"'));
        assertThat(officer.get("/mailbox/" + number).statusCode()).isEqualTo(200);

        String access = officer.getWithBasic("/api/audit?action=PERSONAL_DATA_ACCESSED&size=500", "auditor", "demo")
                .body();
        assertThat(access).contains("\"detail\":\"mailbox list page 1 (50 messages); kind=MAILBOX; purpose=dev mailbox: delivery check; people=50")
                .contains("\"detail\":\"mailbox search page 1 (50 messages); kind=MAILBOX")
                .contains("\"detail\":\"mailbox message " + number + "; kind=MAILBOX; purpose=dev mailbox: delivery check; people=1")
                .doesNotContain(run);
    }

    private static int rows(String page) {
        String body = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
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
        // other tests in this context may deliver mail meanwhile: list and open again until the link is this one's
        String viewer = await().atMost(Duration.ofSeconds(10)).until(() -> {
            String list = admin.get("/mailbox").body();
            if (!list.contains(subject)) {
                return "";
            }
            String link = list.substring(0, list.indexOf(subject));
            String number = link.substring(link.lastIndexOf("/mailbox/") + "/mailbox/".length(),
                    link.lastIndexOf('"'));
            return admin.get("/mailbox/" + number).body();
        }, page -> page.contains(subject));

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
