package org.hydraguard.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads, inflates and parses on one background thread and hands batches of accepted records to the
 * caller through a bounded queue. Memory: at most {@link #QUEUED} + 2 batches, each of at most
 * {@link #BATCH} records or about {@link #BATCH_BYTES} of input. The records and their order are
 * exactly those of reading inline; only the thread differs. The thread is a daemon, so an abandoned
 * reader cannot keep the JVM alive, and {@link #close()} stops it.
 */
final class ReadAheadReader<T> implements RecordReader<T> {
    static final int BATCH = 1024;
    static final long BATCH_BYTES = 4L << 20;
    static final int QUEUED = 8;

    private record Batch(Object[] records, int size, Reconciliation counts, Throwable failure, boolean last) {}

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread thread;
    private volatile boolean stopped;
    private Batch current = new Batch(new Object[0], 0, Reconciliation.EMPTY, null, false);
    private int index;

    ReadAheadReader(RecordSource<T> source, Tally tally, String name) {
        this.thread = new Thread(() -> produce(source, tally), "hydraguard-read-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void produce(RecordSource<T> source, Tally tally) {
        try (source) {
            boolean last = false;
            while (!last && !stopped) {
                Object[] records = new Object[BATCH];
                int n = 0;
                long bytesAtStart = tally.bytes;
                T r = null;
                while (n < BATCH && tally.bytes - bytesAtStart < BATCH_BYTES && (r = source.next()) != null) {
                    records[n++] = r;
                }
                last = n < BATCH && r == null;
                hand(new Batch(records, n, tally.snapshot(), null, last));
            }
        } catch (Throwable t) {
            hand(new Batch(new Object[0], 0, tally.snapshot(), t, true));
        }
    }

    /**
     * Waits for room in the queue, giving up once the reader is closed. Not by interrupting the
     * thread: that would close the file channel under the reader and look like a broken file.
     */
    private void hand(Batch b) {
        try {
            while (!stopped && !queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                // the caller is busy; keep waiting unless it closed the reader
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        while (index == current.size()) {
            if (current.last()) {
                if (current.failure() != null) {
                    Throwable f = current.failure();
                    if (f instanceof IOException io) {
                        throw new UncheckedIOException(io.getMessage(), io);
                    }
                    if (f instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException("reading failed: " + f, f);
                }
                return false;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for input records", e);
            }
            index = 0;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        T r = (T) current.records()[index];
        current.records()[index++] = null; // let the engine's copy be the only reference
        return r;
    }

    @Override
    public Reconciliation reconciliation() {
        return current.counts();
    }

    @Override
    public void close() throws IOException {
        stopped = true;
        queue.clear();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        current = new Batch(new Object[0], 0, current.counts(), null, true);
        index = 0;
    }
}
