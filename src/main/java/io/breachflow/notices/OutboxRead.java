package io.breachflow.notices;

/**
 * Someone opened the dev SMS outbox, which shows phone numbers and message texts of notified people:
 * {@code texts} shown to {@code actor}, {@code people} of them distinct numbers. The audit module records
 * it in the personal-data access log (notices cannot depend on audit, which listens to notices).
 */
public record OutboxRead(String actor, int texts, long people) {
}
