/**
 * Notices to individuals and the public: cohorts, approved letters, runs and the per-person dispatch
 * ledger. {@link io.breachflow.notices.NoticeDispatch} is the front door: a cohort CSV streams into
 * {@code notice_recipient}; a run of an approved letter (content hash checked) gets one ledger row per
 * person and is sent by a bounded pool of SMTP sessions with a shared token-bucket throttle; the ledger
 * ({@code PENDING → SENDING → SENT | BOUNCED | FAILED}, or {@code SUPPRESSED}) with deterministic
 * Message-IDs lets a crashed run resume without skipping anyone. Personal data (names, addresses, phone
 * numbers) is never logged: logs carry ids and counts.
 */
package io.breachflow.notices;
