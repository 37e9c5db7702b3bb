package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.notices.SmsGateway.SmsMessage;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxSmsGatewayTests {

    private final NoticeDatabase db = new NoticeDatabase();
    private final OutboxSmsGateway outbox = new OutboxSmsGateway(db.dataSource(), Clock.systemUTC());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsATextOnceEvenWhenItIsSentAgainWithTheSameReferenceAfterACrash() throws Exception {
        outbox.send(new SmsMessage("<run-1-p-1@breachflow>", "+821012345678", "Notice"));
        outbox.send(new SmsMessage("<run-1-p-1@breachflow>", "+821012345678", "Notice"));
        outbox.send(new SmsMessage("<run-1-p-2@breachflow>", "+821087654321", "Notice"));

        assertThat(outbox.recent(10)).extracting(OutboxSmsGateway.Text::reference)
                .containsExactly("<run-1-p-2@breachflow>", "<run-1-p-1@breachflow>");
        assertThat(outbox.accepted(List.of("<run-1-p-1@breachflow>", "<run-1-p-3@breachflow>")))
                .containsExactly("<run-1-p-1@breachflow>");
    }
}
