package org.hydraguard.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.hydraguard.core.model.Exchange;

/**
 * A k-way merge by {@code ts} of sources that are each in time order; ties go to the earlier
 * source, so the output is deterministic. A source that is itself out of order is not reordered:
 * its records come out in its own order once they reach the head (the engine tolerates lateness).
 * All sources are open at once: memory is one buffered record and one line buffer per file.
 */
final class MergedByTime implements RecordSource<Exchange> {
    private record Head(Exchange exchange, int source) implements Comparable<Head> {
        @Override
        public int compareTo(Head o) {
            int c = exchange.ts().compareTo(o.exchange.ts());
            return c != 0 ? c : Integer.compare(source, o.source);
        }
    }

    private final List<RecordSource<Exchange>> sources;
    private final PriorityQueue<Head> heads = new PriorityQueue<>();
    private boolean started;

    MergedByTime(List<RecordSource<Exchange>> sources) {
        this.sources = new ArrayList<>(sources);
    }

    @Override
    public Exchange next() throws IOException {
        if (!started) {
            started = true;
            for (int i = 0; i < sources.size(); i++) {
                advance(i);
            }
        }
        Head h = heads.poll();
        if (h == null) {
            return null;
        }
        advance(h.source());
        return h.exchange();
    }

    private void advance(int source) throws IOException {
        Exchange e = sources.get(source).next();
        if (e != null) {
            heads.add(new Head(e, source));
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (RecordSource<Exchange> s : sources) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
