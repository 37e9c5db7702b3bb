/**
 * The audit trail (append-only, hash-chained), the personal-data access log and the breach register.
 * For now it serves the (still empty) breach register page.
 */
package io.breachflow.audit;
