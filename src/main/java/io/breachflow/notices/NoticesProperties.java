package io.breachflow.notices;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notice configuration.
 *
 * @param lettersDir where the letter templates live (legal owns them), relative to the working directory
 * @param dispatch how runs send
 * @param post printed letters for people reachable only by post
 * @param customerDb the customer database cohort queries read ({@link NoticeDispatch#importCohort(String,
 *     CohortQuery)}); without a URL, the application's own database
 */
@ConfigurationProperties("breachflow.notices")
record NoticesProperties(@DefaultValue("templates/letters") Path lettersDir, @DefaultValue Dispatch dispatch,
        @DefaultValue Post post, @DefaultValue CustomerDb customerDb) {

    /**
     * @param from the sender address of notices
     * @param messagesPerSecond default ceiling of a run (token bucket across its sessions); 0 = none
     * @param sessions default number of parallel SMTP sessions of a run
     * @param claimBatch ledger rows a sender claims at once
     * @param ledgerFlush SENT rows a sender records per ledger write (also the most letters per sender that
     *     a crash can make go out twice, with the same Message-ID, when no delivery log is configured)
     * @param maxAttempts attempts before a letter with transient failures (4xx, connection) is FAILED
     * @param retryBackoff first retry delay after a transient failure, doubled per attempt
     * @param messagesPerConnection letters per SMTP connection before reconnecting
     * @param resumeOnStartup whether runs that were sending when the process stopped resume on startup
     * @param pipelining send with Breachflow's own plain SMTP client (PIPELINING where announced; no TLS,
     *     no AUTH: for a local or otherwise trusted relay) instead of Jakarta Mail with {@code spring.mail.*}
     * @param relayLog the relay's mail log (Postfix: {@code /var/log/mail.log}), read after a crash to
     *     recognise letters it accepted before their SENT was recorded; unset = no such check
     */
    record Dispatch(
            @DefaultValue("notices@breachflow.invalid") String from,
            @DefaultValue("200") int messagesPerSecond,
            @DefaultValue("4") int sessions,
            @DefaultValue("500") int claimBatch,
            @DefaultValue("50") int ledgerFlush,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("30s") Duration retryBackoff,
            @DefaultValue("1000") int messagesPerConnection,
            @DefaultValue("true") boolean resumeOnStartup,
            @DefaultValue("false") boolean pipelining,
            Path relayLog) {
    }

    /**
     * @param enabled whether people reachable only by post get a printed letter (else they are SUPPRESSED)
     * @param directory where the PDF batches and their CSV manifests are written for the mail house
     * @param batchSize most letters per PDF
     * @param fonts TrueType font files (.ttf, .otf with glyf outlines, or a .ttc of them) put in front of the
     *     shipped print fonts, which already cover Latin, Hangul, kana and CJK ideographs: for a script these
     *     lack. A file PDFBox cannot embed stops startup, naming it; a run whose postal letters have characters
     *     no font has is refused (see {@link UnprintableLetterException})
     */
    record Post(@DefaultValue("true") boolean enabled, @DefaultValue("data/mailhouse") Path directory,
            @DefaultValue("500") int batchSize, @DefaultValue List<Path> fonts) {
    }

    /** A JDBC URL and credentials; blank URL = the application's DataSource. */
    record CustomerDb(String url, String username, String password) {
    }
}
