package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    @Test
    void writesMillisecondsAndZ() {
        assertThat(Timestamps.format(Instant.parse("2026-04-22T03:14:15.926123456Z"))).isEqualTo("2026-04-22T03:14:15.926Z");
        assertThat(Timestamps.format(Instant.parse("2026-04-22T03:14:15Z"))).isEqualTo("2026-04-22T03:14:15.000Z");
        assertThat(Timestamps.format(Instant.parse("1969-12-31T23:59:59.999Z"))).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(Timestamps.format(Instant.parse("2024-02-29T00:00:00Z"))).isEqualTo("2024-02-29T00:00:00.000Z");
        assertThat(Timestamps.format(Instant.parse("0000-01-01T00:00:00Z"))).isEqualTo("0000-01-01T00:00:00.000Z");
        assertThat(Timestamps.format(Instant.parse("9999-12-31T23:59:59.999Z"))).isEqualTo("9999-12-31T23:59:59.999Z");
    }

    @Test
    void formatAgreesWithJavaTimeOverManyDays() {
        for (long s = -400L * 365 * 86_400; s < 400L * 365 * 86_400; s += 86_399_123L / 7) {
            Instant t = Instant.ofEpochSecond(s, 123_000_000);
            assertThat(Timestamps.format(t)).isEqualTo(t.toString().replace(".123Z", ".123Z"));
            assertThat(Timestamps.parse(Timestamps.format(t))).isEqualTo(t);
        }
    }

    @Test
    void readsTheCommonFormAndOtherUtcForms() {
        Instant t = Instant.parse("2026-04-22T03:14:15.926Z");
        assertThat(Timestamps.parse("2026-04-22T03:14:15.926Z")).isEqualTo(t);
        assertThat(Timestamps.parse("2026-04-22T03:14:15.926+00:00")).isEqualTo(t);
        assertThat(Timestamps.parse("2026-04-22t03:14:15.926z")).isEqualTo(t);
        assertThat(Timestamps.parse("2026-04-22T03:14:15Z")).isEqualTo(Instant.parse("2026-04-22T03:14:15Z"));
        assertThat(Timestamps.parse("2026-04-22T03:14:15.123456789Z")).isEqualTo(Instant.parse("2026-04-22T03:14:15.123456789Z"));
        assertThat(Timestamps.parse("2024-02-29T00:00:00.5Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00.500Z"));
    }

    @Test
    void rejectsOtherOffsetsSayingTimesMustBeUtc() {
        assertThatThrownBy(() -> Timestamps.parse("2026-04-22T03:14:15+02:00"))
                .hasMessage("times must be UTC (Z or +00:00), found offset +02:00 in '2026-04-22T03:14:15+02:00'");
    }

    @Test
    void rejectsWhatIsNotRfc3339() {
        for (String bad : new String[] {"2026-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2026-04-22", "2026-04-22 03:14:15Z",
            "2026-04-22T03:14:15", "2026-04-22T24:00:00Z", "1745291655", "", "2026-04-22T03:14:15.Z", "２026-04-22T03:14:15Z"}) {
            assertThatThrownBy(() -> Timestamps.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("not an RFC 3339 UTC time: '" + bad + "'");
        }
    }
}
