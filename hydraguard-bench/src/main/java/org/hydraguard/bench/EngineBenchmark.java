package org.hydraguard.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.signal.Signals;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost per exchange of the whole engine step (signals, fingerprint, templates, cohorts, scoring,
 * decision) over a full simulated stream, fed in time order into a fresh engine each invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class EngineBenchmark {
    private static final int STREAM = 50_000;
    private List<Exchange> exchanges;
    private List<Account> accounts;
    private DetectionEngine engine;

    @Setup
    public void setup() {
        BenchInput input = BenchInput.simulate();
        exchanges = input.exchanges.subList(0, Math.min(STREAM, input.exchanges.size()));
        accounts = input.accounts;
    }

    @Setup(Level.Invocation)
    public void freshEngine() {
        engine = new DetectionEngine(Signals.defaultExtractor(), Policy.defaults());
        accounts.forEach(engine::accept);
    }

    @Benchmark
    @OperationsPerInvocation(STREAM)
    public void acceptStream(Blackhole decisions) {
        for (Exchange e : exchanges) {
            engine.accept(e, decisions::consume);
        }
    }
}
