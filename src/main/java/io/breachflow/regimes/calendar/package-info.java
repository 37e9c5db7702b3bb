/**
 * Shipped business-day calendars behind {@link io.breachflow.regimes.BusinessCalendars}: jollyday
 * where its data matches the official lists, explicit tables with cited official sources where it
 * does not (lunar holidays, announced substitute and adjusted working days).
 */
package io.breachflow.regimes.calendar;
