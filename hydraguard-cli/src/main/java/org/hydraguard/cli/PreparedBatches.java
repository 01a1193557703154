package org.hydraguard.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.signal.ExchangeSignals;
import org.hydraguard.io.RecordReader;

/**
 * Batches of exchanges with their signals, prepared on a worker thread up to {@code ahead} batches
 * before the detector asks for them. The worker takes batches from the reader and extracts signals
 * (which depend on the exchange alone) on its own, so reading, signals and decisions each go at their
 * own pace: a lockstep hand-over (one batch ahead, fetched by the detector's thread) leaves a core idle
 * whenever one stage is briefly slower. Batches come out in reading order, so every output is the
 * same as without the worker. Failures of reading or of signal extraction are rethrown by {@link #next()}.
 *
 * <p>Its hand-over looks like {@code io.ReadAheadReader}'s but stops the other way: closing interrupts
 * this worker, which may be waiting on the reader (on a pipe that never delivers), while the reader's
 * own thread must never be interrupted, as that closes the file channel under it.
 */
final class PreparedBatches implements AutoCloseable {
    /** One batch and its signals, index for index (signals null when the detector prepares none). */
    record Batch(List<Exchange> exchanges, ExchangeSignals[] signals) {}

    private static final Batch END = new Batch(List.of(), null);

    private final BlockingQueue<Object> ready;
    private final Thread worker;
    private boolean ended;

    PreparedBatches(RecordReader<Exchange> in, Function<List<Exchange>, ExchangeSignals[]> prepare, int batchSize,
                    int ahead) {
        this.ready = new ArrayBlockingQueue<>(ahead);
        this.worker = new Thread(() -> fill(in, prepare, batchSize), "hydraguard-signals");
        worker.setDaemon(true);
        worker.start();
    }

    private void fill(RecordReader<Exchange> in, Function<List<Exchange>, ExchangeSignals[]> prepare, int batchSize) {
        Object last = END;
        try {
            while (in.hasNext()) {
                List<Exchange> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && in.hasNext()) {
                    batch.add(in.next());
                }
                ready.put(new Batch(batch, prepare.apply(batch)));
            }
        } catch (InterruptedException e) {
            return; // closed early: nobody is waiting
        } catch (RuntimeException | Error e) {
            last = e;
        }
        try {
            ready.put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch in reading order, or null after the last. */
    Batch next() throws IOException {
        if (ended) {
            return null;
        }
        Object o;
        try {
            o = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for exchanges");
        }
        if (o == END) {
            ended = true;
            return null;
        }
        if (o instanceof Batch b) {
            return b;
        }
        ended = true;
        if (o instanceof RuntimeException re) {
            throw re;
        }
        throw (Error) o;
    }

    /** Stops the worker (emptying the queue it may be blocked on); the reader is closed by its owner. */
    @Override
    public void close() {
        worker.interrupt();
        boolean interrupted = false;
        while (worker.isAlive()) {
            ready.clear();
            try {
                worker.join(10);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
