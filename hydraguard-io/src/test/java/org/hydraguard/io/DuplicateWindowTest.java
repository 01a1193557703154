package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateWindowTest {
    @Test
    void catchesRepeatsWithinAWindowAndForgetsOlderIds() {
        DuplicateWindow w = new DuplicateWindow(1000);
        assertThat(w.repeated("a", 10)).isFalse();
        assertThat(w.repeated("a", 999)).isTrue();
        assertThat(w.repeated("b", 1500)).isFalse();
        assertThat(w.repeated("a", 1900)).as("newest ts is less than a window after the first copy").isTrue();
        assertThat(w.repeated("c", 3100)).isFalse();
        assertThat(w.repeated("a", 3200)).as("more than a window later: forgotten").isFalse();
        assertThat(w.repeated("late", 5)).isFalse();
        assertThat(w.repeated("late", 6)).as("too late to be remembered, never stored").isFalse();
    }

    @Test
    void memoryFollowsEventTimeNotInputSize() {
        DuplicateWindow w = new DuplicateWindow(1000);
        int maxHeld = 0;
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(w.repeated("id-" + i, i / 10L)).isFalse(); // 10 ids per ms: 10,000 per window
            maxHeld = Math.max(maxHeld, w.size());
        }
        assertThat(maxHeld).isLessThanOrEqualTo(20_000);
    }

    @Test
    void hashesSpreadAndAreNeverZero() {
        assertThat(DuplicateWindow.hash("")).isNotZero();
        assertThat(DuplicateWindow.hash("ex_1")).isNotEqualTo(DuplicateWindow.hash("ex_2"));
    }
}
