package org.hydraguard.server;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.LongAdder;
import org.hydraguard.core.model.Action;

/**
 * What the service exposes at {@code /metrics} in the Prometheus text format: ingest by result,
 * engine lag (batches waiting), exchanges decided, decisions by action, and gateway check latency.
 */
final class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final LongAdder accepted = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final Timer checks;

    ServiceMetrics(LiveEngine engine, DecisionBoard board) {
        ingest("accepted", accepted);
        ingest("duplicate", duplicates);
        ingest("rejected", rejected);
        Gauge.builder("hydraguard.engine.queued.batches", engine, LiveEngine::queued)
                .description("ingest batches waiting for the engine (lag)").register(registry);
        FunctionCounter.builder("hydraguard.engine.exchanges", engine, LiveEngine::exchangesDecided)
                .description("exchanges the engine has decided").register(registry);
        for (Action a : Action.values()) {
            FunctionCounter.builder("hydraguard.decisions", board, b -> b.decisionsTo(a)).tag("action", a.wireName())
                    .description("decisions that moved a subject to this action").register(registry);
        }
        checks = Timer.builder("hydraguard.gateway.checks").description("gateway check latency")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    private void ingest(String result, LongAdder count) {
        FunctionCounter.builder("hydraguard.ingest.records", count, LongAdder::sum).tag("result", result)
                .description("ingested records by result").register(registry);
    }

    void ingested(int acceptedCount, int duplicateCount, int rejectedCount) {
        accepted.add(acceptedCount);
        duplicates.add(duplicateCount);
        rejected.add(rejectedCount);
    }

    Timer checks() {
        return checks;
    }

    String scrape() {
        return registry.scrape();
    }
}
