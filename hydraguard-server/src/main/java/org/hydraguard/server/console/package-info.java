/**
 * The investigator console: a campaign queue, campaign and account pages, cases with an audit trail,
 * the shadow/enforce switch, and exports (HTML, STIX 2.1). Reads from the store; prompt text shown
 * here was written by attackers, so every page escapes it.
 */
package org.hydraguard.server.console;
