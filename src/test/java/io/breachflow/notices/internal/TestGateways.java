package io.breachflow.notices.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Mail gateways for tests: one that records send instants, one that "crashes" after n accepted letters. */
final class TestGateways {

    private TestGateways() {
    }

    record Delivery(long nanos, String messageId) {
    }

    /** Accepts every letter instantly and records when and which. */
    static final class Recording implements MailGateway {

        final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

        @Override
        public Session open() {
            return new Session() {
                @Override
                public void send(OutgoingLetter letter) {
                    deliveries.add(new Delivery(System.nanoTime(), letter.messageId()));
                }

                @Override
                public boolean isOpen() {
                    return true;
                }

                @Override
                public void close() {
                }
            };
        }
    }

    /** An SMS gateway that accepts every text and keeps it. */
    static final class RecordingSms implements io.breachflow.notices.SmsGateway {

        final List<SmsMessage> texts = new CopyOnWriteArrayList<>();

        @Override
        public String send(SmsMessage message) {
            texts.add(message);
            return message.reference();
        }
    }

    /**
     * Delivers through the real gateway; once {@code crashAfter} letters were accepted, every sender
     * hangs right after the server accepted its letter and before the ledger hears of it, the worst
     * moment for a crash.
     */
    static final class CrashingAfter implements MailGateway {

        private final MailGateway delegate;
        private final int crashAfter;
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger hanging = new AtomicInteger();
        private final CountDownLatch never = new CountDownLatch(1);

        CrashingAfter(MailGateway delegate, int crashAfter) {
            this.delegate = delegate;
            this.crashAfter = crashAfter;
        }

        @Override
        public Session open() throws MailFailure {
            Session real = delegate.open();
            return new Session() {
                @Override
                public void send(OutgoingLetter letter) throws MailFailure {
                    real.send(letter);
                    if (accepted.incrementAndGet() >= crashAfter) {
                        hanging.incrementAndGet();
                        try {
                            never.await();
                        } catch (InterruptedException killed) {
                            Thread.currentThread().interrupt();
                            throw new MailFailure(0, false, killed);
                        }
                    }
                }

                @Override
                public boolean isOpen() {
                    return real.isOpen();
                }

                @Override
                public void close() {
                    real.close();
                }
            };
        }
    }
}
