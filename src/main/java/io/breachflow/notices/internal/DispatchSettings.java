package io.breachflow.notices.internal;

import java.time.Duration;

/**
 * The dispatcher's tuning.
 *
 * @param from the sender address
 * @param claimBatch ledger rows a sender thread claims at once
 * @param ledgerFlush SENT rows a sender thread records per ledger write
 * @param maxAttempts attempts before a transiently failing letter is FAILED
 * @param retryBackoff the first retry delay, doubled per attempt
 * @param messagesPerConnection letters per SMTP connection before reconnecting
 * @param postBatch most postal letters per PDF batch
 */
public record DispatchSettings(String from, int claimBatch, int ledgerFlush, int maxAttempts, Duration retryBackoff,
        int messagesPerConnection, int postBatch) {

    public DispatchSettings(String from, int claimBatch, int ledgerFlush, int maxAttempts, Duration retryBackoff,
            int messagesPerConnection) {
        this(from, claimBatch, ledgerFlush, maxAttempts, retryBackoff, messagesPerConnection, 500);
    }
}
