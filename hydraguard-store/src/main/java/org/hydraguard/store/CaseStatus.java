package org.hydraguard.store;

/** Where an investigator's case on a campaign stands; only an {@link #OPEN} case can be decided. */
public enum CaseStatus {
    OPEN, CONFIRMED, DISMISSED
}
