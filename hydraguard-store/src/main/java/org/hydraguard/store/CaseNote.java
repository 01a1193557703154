package org.hydraguard.store;

import java.time.Instant;

/** An investigator's note on a case: who wrote it, when (event time), and the text. */
public record CaseNote(String author, Instant at, String text) {

    public CaseNote {
        Checks.text(author, "author");
        Checks.time(at, "at");
        Checks.text(text, "text");
    }
}
