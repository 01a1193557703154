package org.hydraguard.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Signals;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of extracting one exchange's signals (reasoning, capability, task-likeness, skeleton). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignalBenchmark {
    private List<Exchange> exchanges;
    private SignalExtractor extractor;
    private int next;

    @Setup
    public void setup() {
        exchanges = BenchInput.simulate().exchanges;
        extractor = Signals.defaultExtractor();
    }

    @Benchmark
    public ExchangeSignals extract() {
        Exchange e = exchanges.get(next);
        next = next + 1 == exchanges.size() ? 0 : next + 1;
        return extractor.extract(e);
    }
}
