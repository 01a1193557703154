package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void drawsABarWithPercentageAndTimeLeftWhenTheFractionIsKnown() {
        Progress p = new Progress(new PrintWriter(text), "simulate", true, nanos::get);
        p.done(0.5);
        nanos.set(10_000_000_000L); // 10 s in: half done, so about 10 s left
        for (int i = 0; i < 1024; i++) {
            p.tick();
        }
        assertThat(text.toString()).contains("simulate [############------------]  50%")
                .contains("1,024 records, 102/s")
                .contains(", 10s left");
    }

    @Test
    void showsCountsAndRateWhenTheTotalIsUnknown() {
        Progress p = new Progress(new PrintWriter(text), "exchanges", true, nanos::get);
        nanos.set(1_000_000_000L);
        for (int i = 0; i < 1024; i++) {
            p.tick();
        }
        nanos.set(1_100_000_000L); // too soon after the last draw: no redraw
        for (int i = 0; i < 1024; i++) {
            p.tick();
        }
        assertThat(text.toString()).contains("exchanges: 1,024 records, 1,024/s").doesNotContain("2,048").doesNotContain("%");
    }

    @Test
    void staysSilentWhenNotOnATerminal() {
        Progress p = new Progress(new PrintWriter(text), "exchanges", false, nanos::get);
        nanos.set(5_000_000_000L);
        for (int i = 0; i < 4096; i++) {
            p.tick();
        }
        p.close();
        assertThat(text.toString()).isEmpty();
        assertThat(p.count()).isEqualTo(4096);
    }
}
