package org.hydraguard.core.signal;

import org.hydraguard.core.model.Exchange;

/** Computes the {@link ExchangeSignals} of one exchange. Pure, thread-safe, and on the hot path. */
public interface SignalExtractor {
    ExchangeSignals extract(Exchange exchange);
}
