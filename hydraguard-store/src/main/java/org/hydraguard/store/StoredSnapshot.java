package org.hydraguard.store;

import java.util.Arrays;

/**
 * A saved engine state and the journal sequence it covers: restoring it and replaying the journal
 * after {@code coveredSequence} gives the state after every accepted exchange. The state also holds
 * the stored indicators with ids up to {@code indicatorsThrough} (0: none), so recovery feeds only
 * later ones. The bytes are copied in and out, so the record is immutable.
 */
public record StoredSnapshot(long coveredSequence, long indicatorsThrough, byte[] state) {

    /** A snapshot holding no stored indicator. */
    public StoredSnapshot(long coveredSequence, byte[] state) {
        this(coveredSequence, 0, state);
    }

    public StoredSnapshot {
        Checks.notNegative(coveredSequence, "coveredSequence");
        Checks.notNegative(indicatorsThrough, "indicatorsThrough");
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
        return o instanceof StoredSnapshot s && s.coveredSequence == coveredSequence
                && s.indicatorsThrough == indicatorsThrough && Arrays.equals(s.state, state);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(coveredSequence) * 31 + Arrays.hashCode(state);
    }

    @Override
    public String toString() {
        return "StoredSnapshot[coveredSequence=" + coveredSequence + ", indicatorsThrough=" + indicatorsThrough + ", " + state.length + " bytes]";
    }
}
