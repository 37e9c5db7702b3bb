/**
 * The officer's drafting desk: every task that writes a document (an authority report or update, a notice
 * letter, a police referral) opens as a sheet of the items the law asks for, each with a plain label, a hint
 * and its citation, pre-filled from what the case already knows (the incident's latest revision, earlier
 * approved texts, the organisation's profile) in the document's own language, one text per language. The
 * required-content check runs before the task completes, and the document can be previewed as it stands.
 * {@link io.breachflow.drafting.DraftingDesk} implements {@link io.breachflow.tasklist.DraftSheets}, so the
 * tasklist shows it without knowing any law or document store.
 */
package io.breachflow.drafting;
