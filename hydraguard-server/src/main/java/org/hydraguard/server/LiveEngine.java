package org.hydraguard.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hydraguard.core.engine.DetectionEngine;
import org.hydraguard.core.model.Account;
import org.hydraguard.core.model.Exchange;

/**
 * Owns the detection engine on one thread. Work arrives as batches in a bounded queue; when the
 * queue is full, {@link #offer} says no at once, so the caller answers 429 and memory stays bounded.
 * Decisions go to the {@link DecisionBoard} as the engine makes them.
 */
public final class LiveEngine implements AutoCloseable {
    private final DetectionEngine engine;
    private final DecisionBoard board;
    private final ThreadPoolExecutor thread;
    private final AtomicLong exchanges = new AtomicLong();
    private volatile Throwable failure;

    public LiveEngine(DetectionEngine engine, DecisionBoard board, int queueBatches) {
        this.engine = engine;
        this.board = board;
        this.thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueBatches), r -> {
            Thread t = new Thread(r, "hydraguard-engine");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Queues exchanges for the engine, in the order given; false when the queue is full. */
    public boolean offer(List<Exchange> batch) {
        return submit(() -> {
            for (Exchange e : batch) {
                board.seen(e.accountId(), e.apiKeyId());
                engine.accept(e, board::put);
                exchanges.incrementAndGet();
            }
        });
    }

    /** Queues account upserts; false when the queue is full. */
    public boolean offerAccounts(List<Account> accounts) {
        return submit(() -> {
            for (Account a : accounts) {
                board.seen(a.accountId(), null);
                engine.accept(a);
            }
        });
    }

    /** Waits until everything queued before this call has been decided; false on timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        while (true) {
            try {
                thread.execute(done::countDown);
                break;
            } catch (RejectedExecutionException full) {
                Thread.sleep(5);
            }
        }
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** False once the engine has failed on some input; the gateway then follows its fail policy. */
    public boolean healthy() {
        return failure == null && !thread.isShutdown();
    }

    /** Batches waiting for the engine. */
    public int queued() {
        return thread.getQueue().size();
    }

    public long exchangesDecided() {
        return exchanges.get();
    }

    private boolean submit(Runnable work) {
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            });
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
