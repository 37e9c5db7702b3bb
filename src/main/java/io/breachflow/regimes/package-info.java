/**
 * The law catalog: one rule set per regime with a citation on every rule, the obligations they
 * derive from incident facts and their deadlines. For now it serves the (still empty) obligations
 * and deadlines pages.
 */
package io.breachflow.regimes;
