package org.hydraguard.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.hydraguard.core.model.Capability;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.Skeleton;
import org.junit.jupiter.api.Test;

/** Follow-up turns that are nothing but the template count as scripted, like single-turn requests. */
class CohortScriptedTurnsTest {
    private static ExchangeSignals signals(boolean whole) {
        return new ExchangeSignals(0.5, Capability.OTHER, 0.0, 0.0, new Skeleton(7L, new long[] {1, 2, 3, 4}, whole), 40, 0);
    }

    @Test
    void scriptedContinuationsCountWithSingleTurnRequests() {
        Cohort c = new Cohort(1L);
        c.addExchange(0, 0, "a", signals(false), 1, null, 10, 10);   // single turn
        c.addExchange(0, 1, "b", signals(true), 5, null, 10, 10);    // follow-up that is all template
        c.addExchange(0, 2, "c", signals(false), 5, null, 10, 10);   // follow-up with the user's own text
        c.addExchange(0, 3, "d", signals(false), 7, null, 10, 10);
        assertThat(c.singleTurnShare()).isEqualTo(0.5);
    }

    @Test
    void snapshotKeepsTheCount() throws Exception {
        Cohort c = new Cohort(1L);
        c.addExchange(0, 1, "b", signals(true), 5, null, 10, 10);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        c.writeTo(new java.io.DataOutputStream(bytes));
        Cohort r = Cohort.readFrom(new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())));
        assertThat(r.singleTurnShare()).isEqualTo(1.0);
    }
}
