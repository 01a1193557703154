package org.hydraguard.cli;

import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.core.signal.SignalExtractor;

/**
 * Hands the engine signals computed ahead of time on another thread. The engine asks its extractor
 * for the signals of the exchange it is deciding; when that is the very exchange primed last, the
 * precomputed signals are returned, otherwise (indicator templates, or nothing primed) they are
 * computed here. Extraction is pure, so the result is the same either way: only the thread differs.
 * Used by one engine thread at a time.
 */
final class PrefetchedSignals implements SignalExtractor {
    private final SignalExtractor delegate;
    private Exchange primed;
    private ExchangeSignals signals;

    PrefetchedSignals(SignalExtractor delegate) {
        this.delegate = delegate;
    }

    void prime(Exchange exchange, ExchangeSignals precomputed) {
        this.primed = precomputed == null ? null : exchange;
        this.signals = precomputed;
    }

    @Override
    public ExchangeSignals extract(Exchange exchange) {
        if (exchange == primed) {
            primed = null;
            return signals;
        }
        return delegate.extract(exchange);
    }
}
