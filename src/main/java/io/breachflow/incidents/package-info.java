/**
 * Incident intake and case facts: reported incidents, their versioned fact revisions and the events
 * announcing them. For now it serves the (still empty) incident list page.
 */
package io.breachflow.incidents;
