package org.hydraguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.signal.Signals;
import org.junit.jupiter.api.Test;

class LiveEngineTest {
    @Test
    void aFullQueueSaysNoAtOnceInsteadOfBuffering() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DetectionEngine slow = new DetectionEngine(e -> {
            try {
                release.await();
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            return Signals.defaultExtractor().extract(e);
        }, Policy.defaults());
        try (LiveEngine engine = new LiveEngine(slow, new DecisionBoard(), 2)) {
            List<Exchange> one = List.of(exchange("a"));
            assertThat(engine.offer(one)).isTrue(); // running, blocked on the latch
            assertThat(engine.offer(List.of(exchange("b")))).isTrue(); // queued
            assertThat(engine.offer(List.of(exchange("c")))).isTrue(); // queued
            assertThat(engine.offer(List.of(exchange("d")))).isFalse(); // the queue holds two
            release.countDown();
            assertThat(engine.awaitIdle(Duration.ofSeconds(10))).isTrue();
            assertThat(engine.exchangesDecided()).isEqualTo(3);
            assertThat(engine.healthy()).isTrue();
        }
    }

    private static Exchange exchange(String id) {
        return Exchange.builder().id(id).ts(Instant.parse("2026-04-22T00:00:00Z")).accountId("acct").ip("198.51.100.1")
                .api("anthropic.messages").model("m").prompt("hi").build();
    }
}
