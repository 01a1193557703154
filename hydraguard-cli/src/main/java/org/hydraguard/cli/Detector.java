package org.hydraguard.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Campaign;
import org.hydraguard.core.model.Decision;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Indicator;
import org.hydraguard.core.signal.ExchangeSignals;

/**
 * What {@link Analysis} needs from a detector: the engine in production, a small fake in tests of
 * the pipeline (files, reconciliation, report) that must not depend on detection quality.
 */
interface Detector {
    void accept(Account account);

    void accept(Indicator indicator);

    /** Feeds one exchange in time order; {@code decisions} receives every change of a subject's action. */
    void accept(Exchange exchange, Consumer<Decision> decisions);

    /**
     * Per-exchange work that depends on the exchange alone, done ahead on another thread while the
     * previous batch is being decided; null when the detector has none. Must be thread-safe.
     */
    default ExchangeSignals[] prepare(List<Exchange> batch) {
        return null;
    }

    /** Like {@link #accept(Exchange, Consumer)}, with what {@link #prepare} computed for it (or null). */
    default void accept(Exchange exchange, ExchangeSignals prepared, Consumer<Decision> decisions) {
        accept(exchange, decisions);
    }

    /** Campaigns as known after the last exchange. */
    List<Campaign> campaigns();

    /** Size figures for run.json, by name. */
    Map<String, Number> stats();
}
