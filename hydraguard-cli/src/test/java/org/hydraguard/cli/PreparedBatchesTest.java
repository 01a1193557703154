package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.hydraguard.core.model.Capability;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.Skeleton;
import org.hydraguard.io.Reconciliation;
import org.hydraguard.io.RecordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PreparedBatchesTest {
    /** Signals whose prompt length is the exchange's number, so each can be matched to its exchange. */
    private static final Function<List<Exchange>, ExchangeSignals[]> NUMBERED = batch -> batch.stream()
            .map(e -> new ExchangeSignals(0, Capability.OTHER, 0, 0, Skeleton.NONE, Integer.parseInt(e.id()), 0))
            .toArray(ExchangeSignals[]::new);

    @Test
    @Timeout(30)
    void handsOutEveryExchangeInReadingOrderWithItsOwnSignalsWhileTheConsumerLags() throws Exception {
        List<String> seen = new ArrayList<>();
        try (PreparedBatches batches = new PreparedBatches(reader(10_007, -1), NUMBERED, 100, 3)) {
            for (PreparedBatches.Batch b = batches.next(); b != null; b = batches.next()) {
                assertThat(b.exchanges()).hasSizeLessThanOrEqualTo(100).hasSameSizeAs(b.signals());
                for (int i = 0; i < b.exchanges().size(); i++) {
                    assertThat(b.signals()[i].promptChars()).isEqualTo(Integer.parseInt(b.exchanges().get(i).id()));
                    seen.add(b.exchanges().get(i).id());
                }
                if (seen.size() % 2_000 == 0) {
                    Thread.sleep(5); // the worker runs ahead and must wait for room
                }
            }
            assertThat(batches.next()).isNull();
        }
        assertThat(seen).hasSize(10_007);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    @Timeout(30)
    void aReadingFailureReachesTheConsumerAfterTheBatchesBeforeIt() throws Exception {
        try (PreparedBatches batches = new PreparedBatches(reader(1_000, 450), NUMBERED, 100, 2)) {
            int handed = 0;
            for (int i = 0; i < 4; i++) {
                handed += batches.next().exchanges().size();
            }
            assertThat(handed).isEqualTo(400);
            assertThatThrownBy(batches::next).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
            assertThat(batches.next()).isNull();
        }
    }

    @Test
    @Timeout(30)
    void aSignalFailureReachesTheConsumer() throws Exception {
        Function<List<Exchange>, ExchangeSignals[]> failing = batch -> {
            throw new IllegalStateException("extractor broke");
        };
        try (PreparedBatches batches = new PreparedBatches(reader(10, -1), failing, 4, 2)) {
            assertThatThrownBy(batches::next).isInstanceOf(IllegalStateException.class).hasMessage("extractor broke");
        }
    }

    @Test
    @Timeout(30)
    void closingEarlyStopsAWorkerBlockedOnAFullQueue() throws Exception {
        AtomicInteger prepared = new AtomicInteger();
        Thread worker;
        try (PreparedBatches batches = new PreparedBatches(reader(100_000, -1), batch -> {
            prepared.incrementAndGet();
            return NUMBERED.apply(batch);
        }, 10, 2)) {
            assertThat(batches.next().exchanges()).hasSize(10);
            worker = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("hydraguard-signals") && t.isAlive()).findFirst().orElseThrow();
        }
        assertThat(worker.isAlive()).isFalse();
        assertThat(prepared.get()).isLessThan(10_000); // it stopped instead of reading everything
    }

    /** Exchanges "0", "1", ... in time order; {@code failAt} >= 0 makes reading that one fail. */
    private static RecordReader<Exchange> reader(int count, int failAt) {
        Instant start = Instant.parse("2026-04-22T00:00:00Z");
        Iterator<Integer> numbers = java.util.stream.IntStream.range(0, count).iterator();
        return new RecordReader<>() {
            @Override
            public boolean hasNext() {
                return numbers.hasNext();
            }

            @Override
            public Exchange next() {
                int i = numbers.next();
                if (i == failAt) {
                    throw new UncheckedIOException(new java.io.IOException("disk gone at " + i));
                }
                return Exchange.builder().id(Integer.toString(i)).ts(start.plusSeconds(i)).accountId("acct")
                        .ip("198.51.100.1").api("anthropic.messages").model("m").build();
            }

            @Override
            public Reconciliation reconciliation() {
                return Reconciliation.EMPTY;
            }

            @Override
            public void close() {}
        };
    }
}
