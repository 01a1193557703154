package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchMedianTest {
    @Test
    void theWarmMedianIgnoresTheColdFirstHalfAndOneLuckyRound() {
        assertThat(BenchCommand.warmMedian(new double[] {50, 90, 160, 150, 400})).isEqualTo(160); // of 160, 150, 400
        assertThat(BenchCommand.warmMedian(new double[] {50, 400, 150, 170})).isEqualTo(160); // of 150, 170
        assertThat(BenchCommand.warmMedian(new double[] {120})).isEqualTo(120);
    }
}
