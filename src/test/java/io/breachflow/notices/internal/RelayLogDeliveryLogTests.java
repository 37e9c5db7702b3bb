package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelayLogDeliveryLogTests {

    @TempDir
    Path dir;

    @Test
    void findsTheMessageIdsPostfixQueuedAmongThoseInDoubt() throws Exception {
        Path log = dir.resolve("mail.log");
        Files.write(log, List.of(
                "Nov 24 23:00:00 mx postfix/smtpd[101]: connect from localhost[127.0.0.1]",
                "Nov 24 23:00:00 mx postfix/cleanup[102]: 4Bc1X2: message-id=<run-3-p-17@breachflow>",
                "Nov 24 23:00:00 mx postfix/qmgr[103]: 4Bc1X2: from=<notices@breachflow.invalid>, size=2048",
                "Nov 24 23:00:01 mx postfix/cleanup[102]: 4Bc1X3: message-id=<run-3-p-18@breachflow>",
                "Nov 24 23:00:01 mx postfix/cleanup[102]: 4Bc1X4: message-id=<other@example.com>"));

        assertThat(new RelayLogDeliveryLog(log).accepted(List.of("<run-3-p-17@breachflow>", "<run-3-p-19@breachflow>",
                "<run-3-p-18@breachflow>"))).containsExactlyInAnyOrder("<run-3-p-17@breachflow>", "<run-3-p-18@breachflow>");
    }
}
