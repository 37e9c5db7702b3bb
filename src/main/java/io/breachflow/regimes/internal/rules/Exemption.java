package io.breachflow.regimes.internal.rules;

/**
 * An exception the law makes to a duty: when {@code when} holds, the duty does not arise. Kept apart from
 * the trigger so an exception resting on an UNCONFIRMED fact can be switched off on its own, which makes
 * the rule stricter, never looser.
 *
 * @param label       the wording in "Not required: exempt: …"
 * @param when        the facts that bring the exception
 * @param citation    where the law makes it, with the fact file's section
 * @param unconfirmed the flag and note when the fact file marks the exception UNCONFIRMED
 */
public record Exemption(String label, Condition when, String citation, Unconfirmed unconfirmed) {
}
