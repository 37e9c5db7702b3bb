/**
 * Filings to authorities and the police: reports (first, supplementary, final) drafted from the officer's
 * narrative fields, checked against the regime's required content, rendered from legal's templates under
 * {@code templates/reports/} to HTML and PDF, and approved under four eyes bound to the content hash.
 * {@link io.breachflow.filings.AuthorityReports} is the front door; each drafted report is stored with
 * its exact rendered text, so what was approved is what is filed and printed. The evidence locker
 * ({@link io.breachflow.filings.EvidenceLocker}) keeps police-referral evidence with its SHA-256 and a
 * chain of custody and builds hashed package manifests. Submission receipts join this module later.
 */
package io.breachflow.filings;
