package org.hydraguard.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.engine.EngineStats;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.policy.Policy;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.SignalExtractor;
import org.hydraguard.core.signal.Signals;

/** The production {@link Detector}: the core detection engine with the standard signal extractor. */
final class EngineDetector implements Detector {
    private final SignalExtractor extractor = Signals.defaultExtractor();
    private final PrefetchedSignals prefetched = new PrefetchedSignals(extractor);
    private final DetectionEngine engine;

    EngineDetector(Policy policy) {
        this.engine = new DetectionEngine(prefetched, policy);
    }

    @Override
    public ExchangeSignals[] prepare(List<Exchange> batch) {
        ExchangeSignals[] out = new ExchangeSignals[batch.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = extractor.extract(batch.get(i));
        }
        return out;
    }

    @Override
    public void accept(Exchange exchange, ExchangeSignals prepared, Consumer<Decision> decisions) {
        prefetched.prime(exchange, prepared);
        engine.accept(exchange, decisions);
    }

    @Override
    public void accept(Account account) {
        engine.accept(account);
    }

    @Override
    public void accept(Indicator indicator) {
        engine.accept(indicator);
    }

    @Override
    public void accept(Exchange exchange, Consumer<Decision> decisions) {
        engine.accept(exchange, decisions);
    }

    @Override
    public List<Campaign> campaigns() {
        return engine.campaigns();
    }

    @Override
    public Map<String, Number> stats() {
        EngineStats s = engine.stats();
        Map<String, Number> out = new LinkedHashMap<>();
        out.put("subjects", s.subjects());
        out.put("groups", s.groups());
        out.put("campaigns", s.campaigns());
        out.put("exchanges", s.exchanges());
        out.put("state_bytes", s.stateBytes());
        out.put("bytes_per_subject", s.bytesPerSubject());
        return out;
    }
}
