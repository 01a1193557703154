package org.hydraguard.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

class SkeletonCountsTest {

    @Test
    void slotsOfFamiliesThatMergedAreSummedBeforeAnyCountDecays() {
        SkeletonCounts c = new SkeletonCounts();
        for (long t = 1; t <= SkeletonCounts.SLOTS; t++) {
            for (int k = 0; k < 5; k++) {
                c.add(t);
            }
        }
        // every family merged into family 1: the next new key is counted without wearing the others down
        LongUnaryOperator merged = t -> 1L;
        assertThat(c.add(99L, merged)).isEqualTo(1);
        assertThat(c.count(1L)).isEqualTo(5 * SkeletonCounts.SLOTS);
    }

    @Test
    void withoutMergesAMissDecaysAsMisraGries() {
        SkeletonCounts c = new SkeletonCounts();
        for (long t = 1; t <= SkeletonCounts.SLOTS; t++) {
            c.add(t);
            c.add(t);
        }
        assertThat(c.add(99L, LongUnaryOperator.identity())).isZero();
        assertThat(c.count(1L)).isEqualTo(1);
    }
}
