package org.hydraguard.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.LongAdder;
import org.hydraguard.core.model.Action;

/**
 * What the service exposes at {@code /metrics} in the Prometheus text format: ingest by result (its
 * rate is the ingest rate), refused batches, engine lag (exchanges journalled but not consumed, and
 * batches waiting), exchanges consumed and journalled, decisions by action, campaigns open, snapshot
 * age, readiness, the enforcement mode, and gateway check latency.
 */
final class ServiceMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final LongAdder accepted = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder accounts = new LongAdder();
    private final LongAdder accountsRejected = new LongAdder();
    private final Counter throttled;
    private final Timer checks;

    ServiceMetrics(LiveEngine engine, DecisionBoard board, EnforcementMode mode) {
        ingest("hydraguard.ingest.records", "accepted", accepted);
        ingest("hydraguard.ingest.records", "duplicate", duplicates);
        ingest("hydraguard.ingest.records", "rejected", rejected);
        ingest("hydraguard.ingest.accounts", "accepted", accounts);
        ingest("hydraguard.ingest.accounts", "rejected", accountsRejected);
        throttled = Counter.builder("hydraguard.ingest.throttled").description("ingest batches refused with 429 (engine behind)")
                .register(registry);
        Gauge.builder("hydraguard.engine.lag.exchanges", engine, LiveEngine::lagExchanges)
                .description("exchanges journalled that the engine has not consumed yet").register(registry);
        Gauge.builder("hydraguard.engine.queued.batches", engine, LiveEngine::queued)
                .description("ingest batches waiting for the engine").register(registry);
        FunctionCounter.builder("hydraguard.engine.exchanges", engine, LiveEngine::exchangesDecided)
                .description("exchanges the engine state has consumed over its life (snapshots included)").register(registry);
        FunctionCounter.builder("hydraguard.journal.exchanges", engine, LiveEngine::exchangesJournalled)
                .description("distinct exchange ids the journal has accepted").register(registry);
        Gauge.builder("hydraguard.engine.processed.sequence", engine, LiveEngine::processedSequence)
                .description("the last journal sequence the engine consumed").register(registry);
        Gauge.builder("hydraguard.campaigns.open", engine, LiveEngine::campaignsOpen)
                .description("campaigns in the current set").register(registry);
        Gauge.builder("hydraguard.snapshot.age.seconds", engine, LiveEngine::snapshotAgeSeconds)
                .description("seconds since this process wrote a snapshot; -1 before the first").register(registry);
        Gauge.builder("hydraguard.ready", engine, e -> e.ready() ? 1 : 0)
                .description("1 when recovery is done and ingest is open").register(registry);
        Gauge.builder("hydraguard.policy.enforcing", mode, m -> m.enforcing() ? 1 : 0)
                .description("1 in enforce mode, 0 in shadow mode").register(registry);
        for (Action a : Action.values()) {
            FunctionCounter.builder("hydraguard.decisions", board, b -> b.decisionsTo(a)).tag("action", a.wireName())
                    .description("decisions made by this process that moved a subject to this action").register(registry);
        }
        checks = Timer.builder("hydraguard.gateway.checks").description("gateway check latency")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    private void ingest(String name, String result, LongAdder count) {
        FunctionCounter.builder(name, count, LongAdder::sum).tag("result", result)
                .description("ingested records by result").register(registry);
    }

    void ingested(int acceptedCount, int duplicateCount, int rejectedCount) {
        accepted.add(acceptedCount);
        duplicates.add(duplicateCount);
        rejected.add(rejectedCount);
    }

    void accountsIngested(int acceptedCount, int rejectedCount) {
        accounts.add(acceptedCount);
        accountsRejected.add(rejectedCount);
    }

    void throttled() {
        throttled.increment();
    }

    Timer checks() {
        return checks;
    }

    String scrape() {
        return registry.scrape();
    }
}
