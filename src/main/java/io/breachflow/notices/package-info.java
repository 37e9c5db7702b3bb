/**
 * Notices to individuals and the public: cohorts, approved letters, runs and the per-person dispatch
 * ledger. {@link io.breachflow.notices.NoticeDispatch} is the front door: a cohort (CSV, a customer-database
 * query, or everyone an earlier run reached) streams into {@code notice_recipient}; a run of an approved
 * letter (content hash checked) gets one ledger row per person on the first channel that reaches them
 * (email, SMS through an {@link io.breachflow.notices.SmsGateway}, or a printed letter in a PDF batch for a
 * mail house) and is sent by a bounded pool of sessions with a shared token-bucket throttle. The ledger
 * ({@code PENDING → SENDING → SENT | BOUNCED | FAILED}, or {@code SUPPRESSED} with the reason) and the
 * run's counters move together; rows in doubt after a crash are checked against each channel's own record
 * before anything is sent again. {@link io.breachflow.notices.NoticeRunFinished} tells the workflow a run
 * ended. Personal data (names, addresses, phone numbers) is never logged: logs carry ids and counts.
 */
package io.breachflow.notices;
