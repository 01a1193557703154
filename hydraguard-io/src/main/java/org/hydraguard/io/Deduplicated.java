package org.hydraguard.io;

import java.io.IOException;
import org.hydraguard.core.model.Exchange;

/** Drops exchanges whose id was seen before (see {@link DuplicateWindow}); each drop is counted. */
final class Deduplicated implements RecordSource<Exchange> {
    private final RecordSource<Exchange> in;
    private final DuplicateWindow window;
    private final Tally tally;

    Deduplicated(RecordSource<Exchange> in, long windowMillis, Tally tally) {
        this.in = in;
        this.window = new DuplicateWindow(windowMillis);
        this.tally = tally;
    }

    @Override
    public Exchange next() throws IOException {
        for (Exchange e = in.next(); e != null; e = in.next()) {
            if (!window.repeated(e.id(), e.ts().toEpochMilli())) {
                return e;
            }
            tally.accepted--;
            tally.duplicates++;
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
