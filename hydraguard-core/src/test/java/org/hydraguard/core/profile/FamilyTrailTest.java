package org.hydraguard.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FamilyTrailTest {

    @Test
    void recentFamiliesAreDistinctMostRecentFirst() {
        FamilyTrail t = new FamilyTrail();
        t.noteRecent(1);
        t.noteRecent(2);
        t.noteRecent(1);
        t.noteRecent(3);
        assertThat(new long[] {t.recent(0), t.recent(1), t.recent(2), t.recent(3)}).containsExactly(3, 1, 2, 0);
    }

    @Test
    void aLongPauseStartsANewSession() {
        FamilyTrail t = new FamilyTrail();
        t.advance(0, 1000);
        t.noteRecent(7);
        t.advance(500, 1000);
        assertThat(t.recent(0)).isEqualTo(7);
        t.advance(5000, 1000);
        assertThat(t.recent(0)).isZero();
    }

    @Test
    void aKeyIsCreditedOnce() {
        FamilyTrail t = new FamilyTrail();
        assertThat(t.credit(42)).isTrue();
        assertThat(t.credit(42)).isFalse();
        int fresh = 0;
        for (long k = 1000; k < 1020; k++) {
            fresh += t.credit(k) ? 1 : 0;
        }
        assertThat(fresh).isGreaterThanOrEqualTo(17);
    }
}
