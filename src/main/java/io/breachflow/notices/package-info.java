/**
 * Notices to individuals and the public: letter templates and approved versions, cohorts, waves and
 * the dispatch ledger. For now it serves the (still empty) notice list page.
 */
package io.breachflow.notices;
