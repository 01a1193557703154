package org.hydraguard.store;

import org.hydraguard.core.model.Indicator;

/**
 * An indicator kept by the store, with the id it got: ids only grow, in the order the indicators were
 * first saved, so "fed up to id N" says exactly which ones an engine state holds.
 */
public record StoredIndicator(long id, Indicator indicator) {
    public StoredIndicator {
        if (id < 1) {
            throw new IllegalArgumentException("a stored indicator's id is at least 1: " + id);
        }
        if (indicator == null) {
            throw new IllegalArgumentException("stored indicator " + id + " has no indicator");
        }
    }
}
