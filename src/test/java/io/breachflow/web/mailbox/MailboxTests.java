package io.breachflow.web.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mailbox reads a page at a time, newest first, and narrows to what a search names. */
class MailboxTests {

    private final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private final Mailbox mailbox = new Mailbox(server);

    @BeforeEach
    void deliverOneHundredAndTwentyLetters() {
        server.start();
        for (int i = 1; i <= 120; i++) {
            String to = "person-" + i + "@example.org";
            server.setUser(to, to, "secret").deliver(GreenMailUtil.createTextEmail(to, "breachflow@example.org",
                    "Notice " + i + (i % 40 == 0 ? " (Seoul branch)" : ""), "Dear customer", server.getSmtp()
                            .getServerSetup()));
        }
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void listsFiftyAPageNewestFirstWithTheTotal() {
        Mailbox.Page first = mailbox.page(0, 50, null);
        Mailbox.Page last = mailbox.page(2, 50, null);

        assertThat(first.deliveries()).hasSize(50);
        assertThat(first.deliveries().get(0).subject()).isEqualTo("Notice 120 (Seoul branch)");
        assertThat(first.total()).isEqualTo(120);
        assertThat(first.lastPage()).isEqualTo(2);
        assertThat(last.deliveries()).hasSize(20);
        assertThat(last.deliveries().get(19).subject()).isEqualTo("Notice 1");
        assertThat(mailbox.page(99, 50, null).page()).as("past the end shows the last page").isEqualTo(2);
    }

    @Test
    void aSearchNarrowsToSenderRecipientOrSubjectAndItsNumberOpensTheSameMessage() {
        Mailbox.Page seoul = mailbox.page(0, 50, "seoul BRANCH");
        Mailbox.Page person = mailbox.page(0, 50, "person-7@");

        assertThat(seoul.deliveries()).extracting(Mailbox.Delivery::subject)
                .containsExactly("Notice 120 (Seoul branch)", "Notice 80 (Seoul branch)", "Notice 40 (Seoul branch)");
        assertThat(seoul.total()).isEqualTo(3);
        assertThat(person.deliveries()).singleElement().extracting(Mailbox.Delivery::to)
                .isEqualTo("person-7@example.org");
        assertThat(mailbox.open(person.deliveries().get(0).number())).get()
                .extracting(opened -> opened.delivery().subject()).isEqualTo("Notice 7");
        assertThat(mailbox.page(0, 50, "nobody").deliveries()).isEmpty();
    }
}
