package org.hydraguard.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;
import org.junit.jupiter.api.Test;

class MemoryTest {

    /** At most 2 KB of state per subject on average, counting the subject's share of every index. */
    @Test
    void stateStaysUnderTwoKilobytesPerSubject() {
        DetectionEngine engine = new DetectionEngine(new TaggedSignals(), Policy.defaults(), 14);
        Instant t0 = Instant.parse("2026-04-22T00:00:00Z");
        int subjects = 20_000;
        for (int i = 0; i < subjects; i++) {
            engine.accept(new Account("acct-" + i, t0.minus(Duration.ofDays(i % 900)), null, "d" + (i % 500) + ".example",
                    "pay-" + i, "10." + (i % 250) + "." + (i / 250 % 250) + ".1", "US", "free", List.of(), true, null));
        }
        for (int k = 0; k < 200_000; k++) {
            int i = k % subjects;
            String w = k % 3 == 0 ? "W" + (i % 40) : "-";
            engine.accept(Exchange.builder().id("e" + k).ts(t0.plusSeconds(k)).accountId("acct-" + i)
                    .ip("11." + (k % 250) + ".0.1").api("openai.chat").model("m")
                    .prompt("r=0.5;t=0.5;o=0.5;c=AGENTIC;w=" + w + ";u=" + k).inputTokens(1).outputTokens(1).build(), d -> { });
        }
        EngineStats stats = engine.stats();
        assertThat(stats.subjects()).isEqualTo(subjects);
        assertThat(stats.bytesPerSubject()).isLessThan(2048);
        assertThat(engine.snapshot().length / (double) subjects).isLessThan(2048);
    }
}
