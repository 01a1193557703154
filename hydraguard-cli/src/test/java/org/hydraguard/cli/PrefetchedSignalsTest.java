package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Skeleton;
import org.junit.jupiter.api.Test;

class PrefetchedSignalsTest {
    private static final ExchangeSignals COMPUTED = new ExchangeSignals(0.1, Capability.OTHER, 0, 0, Skeleton.NONE, 1, 0);
    private static final ExchangeSignals PRIMED = new ExchangeSignals(0.9, Capability.AGENTIC, 0, 0, Skeleton.NONE, 2, 0);

    private final AtomicInteger computed = new AtomicInteger();
    private final SignalExtractor counting = e -> {
        computed.incrementAndGet();
        return COMPUTED;
    };

    @Test
    void returnsThePrimedSignalsForThePrimedExchangeOnce() {
        PrefetchedSignals signals = new PrefetchedSignals(counting);
        Exchange e = exchange("a");
        signals.prime(e, PRIMED);

        assertThat(signals.extract(e)).isSameAs(PRIMED);
        assertThat(signals.extract(e)).isSameAs(COMPUTED);
        assertThat(computed).hasValue(1);
    }

    @Test
    void computesForAnyOtherExchangeEvenAnEqualOne() {
        PrefetchedSignals signals = new PrefetchedSignals(counting);
        signals.prime(exchange("a"), PRIMED);

        assertThat(signals.extract(exchange("a"))).isSameAs(COMPUTED);
        assertThat(computed).hasValue(1);
    }

    @Test
    void primingWithNothingMeansComputing() {
        PrefetchedSignals signals = new PrefetchedSignals(counting);
        Exchange e = exchange("a");
        signals.prime(e, null);

        assertThat(signals.extract(e)).isSameAs(COMPUTED);
    }

    private static Exchange exchange(String id) {
        return Exchange.builder().id(id).ts(Instant.parse("2026-04-22T00:00:00Z")).accountId("acct").ip("198.51.100.1")
                .api("anthropic.messages").model("m").build();
    }
}
