/**
 * Documents and the facts they were written from. Reports ({@code filings}) and letters ({@code notices}) are
 * drafted from one revision of the incident's facts; when a later revision changes those facts before the
 * document is filed or sent, the document is superseded: its approval no longer authorises sending it, and
 * both modules ask this one before anything leaves. Depends on nothing but Spring and the database, so every
 * module that drafts or sends documents may use it.
 */
package io.breachflow.documents;
