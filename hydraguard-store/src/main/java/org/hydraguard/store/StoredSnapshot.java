package org.hydraguard.store;

import java.util.Arrays;

/**
 * A saved engine state and the journal sequence it covers: restoring it and replaying the journal
 * after {@code coveredSequence} gives the state after every accepted exchange. The bytes are copied
 * in and out, so the record is immutable.
 */
public record StoredSnapshot(long coveredSequence, byte[] state) {

    public StoredSnapshot {
        Checks.notNegative(coveredSequence, "coveredSequence");
        if (state == null) {
            throw new IllegalArgumentException("snapshot state is missing");
        }
        state = state.clone();
    }

    @Override
    public byte[] state() {
        return state.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredSnapshot s && s.coveredSequence == coveredSequence && Arrays.equals(s.state, state);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(coveredSequence) * 31 + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return "StoredSnapshot[coveredSequence=" + coveredSequence + ", " + state.length + " bytes]";
    }
}
