package io.breachflow.notices;

import java.util.Collection;
import java.util.Set;

/**
 * Sends notices by SMS, for people without an email address. Breachflow ships no carrier integration:
 * an organisation declares a bean of this type for its SMS provider; the default profile records texts
 * in a dev outbox shown at {@code /outbox}.
 *
 * <p>Exactly once: {@link SmsMessage#reference()} is stable for a person and run (it is the ledger's
 * message id), so an implementation should pass it to the provider as an idempotency key where the
 * provider has one, and answer {@link #accepted} from the provider's records so that a run resuming
 * after a crash does not text anyone twice.
 */
public interface SmsGateway {

    /**
     * Hands one text to the provider.
     *
     * @return the provider's id for the message, recorded in the ledger
     * @throws SmsFailure when the provider refused it (permanently or for now)
     */
    String send(SmsMessage message) throws SmsFailure;

    /** Which of these references the provider already accepted; none by default. */
    default Set<String> accepted(Collection<String> references) {
        return Set.of();
    }

    /**
     * One text.
     *
     * @param reference stable per person and run; the idempotency key
     * @param phone E.164
     * @param body the letter's text
     */
    record SmsMessage(String reference, String phone, String body) {

        @Override
        public String toString() {
            return "SmsMessage[" + reference + "]"; // phone and body are personal data
        }
    }

    /** The provider did not take a text: permanent (invalid number: BOUNCED) or transient (retried). */
    final class SmsFailure extends Exception {

        private final boolean permanent;

        public SmsFailure(String reason, boolean permanent) {
            super(reason, null, false, false);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
