package org.hydraguard.sim;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;
import org.hydraguard.core.model.Label;
import org.hydraguard.io.ContractWriters;
import org.hydraguard.io.RecordWriter;

/**
 * The three record files of a run. Exchanges go to a second thread through a bounded queue of
 * batches, so generation and JSON/gzip encoding use both cores while memory stays at
 * {@code QUEUED_BATCHES * BATCH} exchanges at most, whatever the run's size. Order is preserved: one
 * producer, one consumer, FIFO. Accounts and labels are few and written on the caller's thread.
 */
final class Outputs implements Closeable {
    static final String EXCHANGES = "exchanges.jsonl.gz";
    static final String ACCOUNTS = "accounts.jsonl";
    static final String LABELS = "labels.jsonl";
    private static final int BATCH = 512;
    private static final int QUEUED_BATCHES = 8;
    private static final Exchange[] END = new Exchange[0];

    private final RecordWriter<Account> accounts;
    private final RecordWriter<Label> labels;
    private final BlockingQueue<Exchange[]> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread writer;
    private volatile Throwable failure;
    private Exchange[] batch = new Exchange[BATCH];
    private int filled;
    private boolean closed;

    Outputs(Path dir) throws IOException {
        RecordWriter<Exchange> exchanges = ContractWriters.exchanges(dir.resolve(EXCHANGES));
        this.accounts = ContractWriters.accounts(dir.resolve(ACCOUNTS));
        this.labels = ContractWriters.labels(dir.resolve(LABELS));
        this.writer = new Thread(() -> drain(exchanges), "hydraguard-sim-writer");
        writer.setDaemon(true);
        writer.start();
    }

    private void drain(RecordWriter<Exchange> out) {
        try (out) {
            while (true) {
                Exchange[] b = queue.take();
                if (b == END) {
                    return;
                }
                for (Exchange e : b) {
                    if (e == null) {
                        break;
                    }
                    out.write(e);
                }
            }
        } catch (Throwable t) {
            failure = t;
            queue.clear();
        }
    }

    void exchange(Exchange e) {
        batch[filled++] = e;
        if (filled == BATCH) {
            hand(batch);
            batch = new Exchange[BATCH];
            filled = 0;
        }
    }

    void account(Account a) {
        try {
            accounts.write(a);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + ACCOUNTS + ": " + e.getMessage(), e);
        }
    }

    void label(Label l) {
        try {
            labels.write(l);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + LABELS + ": " + e.getMessage(), e);
        }
    }

    private void hand(Exchange[] b) {
        try {
            while (!queue.offer(b, 200, TimeUnit.MILLISECONDS)) {
                checkWriter();
            }
            checkWriter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing " + EXCHANGES, e);
        }
    }

    private void checkWriter() {
        Throwable t = failure;
        if (t != null) {
            throw t instanceof IOException io ? new UncheckedIOException("cannot write " + EXCHANGES + ": " + io.getMessage(), io)
                    : new IllegalStateException("writing " + EXCHANGES + " failed: " + t, t);
        }
    }

    /** Flushes everything and waits for the writer; the files are complete when this returns. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (accounts; labels) {
            if (filled > 0) {
                hand(batch);
            }
            hand(END);
            writer.join();
            checkWriter();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while finishing " + EXCHANGES, e);
        }
    }
}
