package org.hydraguard.core.engine;

import java.util.List;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Signals;

/**
 * Throwaway harness (not a test): ns per exchange of the engine over the synthetic world, with the
 * tagged test signals (engine cost alone) and with the real default extractor (engine + signals).
 * Run: java -cp target/classes:target/test-classes:DATASKETCHES_JARS org.hydraguard.core.engine.EngineThroughput
 */
final class EngineThroughput {
    private EngineThroughput() {}

    public static void main(String[] args) {
        SyntheticStream s = SyntheticStream.world(1, true);
        List<Exchange> ex = s.exchanges;
        System.out.println("exchanges per pass: " + ex.size());
        for (int round = 0; round < 12; round++) {
            run("tagged", new TaggedSignals(), s, ex);
            run("default", Signals.defaultExtractor(), s, ex);
        }
    }

    private static void run(String name, SignalExtractor x, SyntheticStream s, List<Exchange> ex) {
        DetectionEngine engine = new DetectionEngine(x, Policy.defaults());
        s.accounts.forEach(engine::accept);
        long[] decisions = new long[1];
        long t = System.nanoTime();
        for (Exchange e : ex) {
            engine.accept(e, d -> decisions[0]++);
        }
        long ns = System.nanoTime() - t;
        System.out.printf("%-8s %.0f ns/exchange, %d decisions, %s%n", name, (double) ns / ex.size(), decisions[0], engine.stats());
    }
}
