package org.hydraguard.core.signal;

import java.time.Instant;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.ExchangeBuilder;

/** Minimal valid exchanges for signal tests: only the fields a test cares about vary. */
final class Exchanges {
    private static final Instant TS = Instant.parse("2026-04-22T03:14:15.926Z");

    private Exchanges() {}

    static ExchangeBuilder base() {
        return Exchange.builder().id("ex").ts(TS).accountId("acct").ip("198.51.100.23")
                .api("anthropic.messages").model("model-large");
    }

    static Exchange prompt(String prompt) {
        return base().prompt(prompt).build();
    }
}
