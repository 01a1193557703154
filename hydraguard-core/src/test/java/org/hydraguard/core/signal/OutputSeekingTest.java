package org.hydraguard.core.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutputSeekingTest {
    private final SignalExtractor extractor = Signals.defaultExtractor();

    private double seeking(Integer maxTokens, Boolean thinking, Double temperature, Boolean stream) {
        return extractor.extract(Exchanges.base().prompt("x").maxTokens(maxTokens).thinking(thinking)
                .temperature(temperature).stream(stream).build()).outputSeeking();
    }

    @Test
    void defaultsAndSmallLimitsAreZero() {
        assertThat(seeking(null, null, null, null)).isZero();
        assertThat(seeking(1024, false, 0.7, true)).isZero();
    }

    @Test
    void largeMaxTokensIsGraded() {
        double k4 = seeking(4096, null, null, null);
        double k8 = seeking(8192, null, null, null);
        double k16 = seeking(16384, null, null, null);
        double k64 = seeking(64000, null, null, null);
        assertThat(k4).isLessThan(k8);
        assertThat(k8).isGreaterThanOrEqualTo(0.5).isLessThan(k16);
        assertThat(k16).isGreaterThanOrEqualTo(0.7).isLessThan(k64);
    }

    @Test
    void thinkingAndUnstreamedHugeOutputsAdd() {
        assertThat(seeking(null, true, null, null)).isEqualTo(0.35, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(seeking(8192, true, null, false)).isGreaterThan(seeking(8192, true, null, true));
        assertThat(seeking(8192, true, 1.0, false)).isGreaterThan(0.7);
    }

    @Test
    void pinnedTemperatureContributesOnlyALittle() {
        assertThat(seeking(null, null, 0.0, null)).isBetween(0.01, 0.1);
        assertThat(seeking(null, null, 1.0, null)).isBetween(0.01, 0.1);
        assertThat(seeking(null, null, 0.7, null)).isZero();
    }
}
