/**
 * Per-subject fingerprints in bounded memory. A subject is an account, or one end user of a
 * reseller's account when the exchange names one ({@link org.hydraguard.core.model.Exchange#subjectKey()}).
 *
 * <p>{@link org.hydraguard.core.profile.SubjectProfile} keeps volume and timing (inter-arrival spread,
 * hour-of-day mask, hourly activity slots for synchrony), purpose sums (reasoning elicitation,
 * task-likeness, output seeking), capability mix, conversation shape (single-turn share, tool use),
 * token totals, newly released model share, client-fingerprint and IP churn (64-bit linear counters),
 * prompt repetition (a windowed 256-bit filter) and its top prompt templates (Misra-Gries, six
 * counters). Invariants: fixed size per subject whatever its traffic (about 500 bytes, asserted by a
 * test at under 2 KB including the link index share); updated only from event time; serialised
 * field by field by the engine's versioned snapshot.
 */
package org.hydraguard.core.profile;
