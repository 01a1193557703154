package org.hydraguard.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/** Reads on the caller's thread. */
final class InlineReader<T> implements RecordReader<T> {
    private final RecordSource<T> source;
    private final Tally tally;
    private T next;
    private boolean end;

    InlineReader(RecordSource<T> source, Tally tally) {
        this.source = source;
        this.tally = tally;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !end) {
            try {
                next = source.next();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
            if (next == null) {
                end = true;
                closeQuietly();
            }
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        T r = next;
        next = null;
        return r;
    }

    @Override
    public Reconciliation reconciliation() {
        return tally.snapshot();
    }

    private void closeQuietly() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        end = true;
        next = null;
        source.close();
    }
}
