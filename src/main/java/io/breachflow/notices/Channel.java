package io.breachflow.notices;

/**
 * How a notice reaches a person: email when there is a valid address, else SMS when there is a phone
 * number (and an SMS gateway), else a printed letter by post when there is a postal address. The ledger
 * records the channel of every row; a person reachable on none is SUPPRESSED with the reason.
 */
public enum Channel {
    EMAIL, SMS, POST
}
