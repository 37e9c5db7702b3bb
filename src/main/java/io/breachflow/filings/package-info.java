/**
 * Filings: authority reports, police-referral evidence packages, submissions and receipts. The
 * evidence locker ({@link io.breachflow.filings.EvidenceLocker}) keeps each file with its SHA-256 and a
 * chain-of-custody list and builds hashed package manifests for the police.
 */
package io.breachflow.filings;
