package org.hydraguard.store;

import org.hydraguard.core.model.Exchange;

/** An exchange as the journal accepted it, with the sequence that orders it for replay. */
public record JournalEntry(long sequence, Exchange exchange) {
    public JournalEntry {
        Checks.notNegative(sequence, "sequence");
        if (exchange == null) {
            throw new IllegalArgumentException("journal entry " + sequence + " has no exchange");
        }
    }
}
