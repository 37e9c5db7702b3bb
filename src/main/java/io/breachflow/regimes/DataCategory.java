package io.breachflow.regimes;

/** The kinds of personal data an incident can involve (design.md §7); rules trigger on them. */
public enum DataCategory {
    NAME, EMAIL, PHONE, POSTAL_ADDRESS, DATE_OF_BIRTH, ORDER_HISTORY, ACCOUNT_CREDENTIALS, PAYMENT_CARD,
    BANK_ACCOUNT, NATIONAL_ID, PASSPORT, DRIVERS_LICENSE, HEALTH, BIOMETRIC, GENETIC, SEXUAL_LIFE,
    POLITICAL_OPINION, RELIGION, CRIMINAL_RECORD, LOCATION, CHILD_DATA, OTHER
}
