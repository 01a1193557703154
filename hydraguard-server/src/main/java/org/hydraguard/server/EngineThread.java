package org.hydraguard.server;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread the engine runs on and its bounded queue of work: recovery first, then each queued
 * task in order, so the engine state is never touched by two threads. A ticker offers a checkpoint
 * task now and then (at most one waiting at a time, and only when there is room). The first exception
 * a task throws stops the thread for good ({@link #failure}); what it was consuming stays in the
 * journal for the next start.
 */
final class EngineThread {
    private static final Logger LOG = LoggerFactory.getLogger(EngineThread.class);
    private static final Runnable STOP = () -> { };

    private final BlockingQueue<Runnable> queue;
    private final ExecutorService thread;
    private final ScheduledExecutorService ticker;
    private final AtomicBoolean tickQueued = new AtomicBoolean();
    private volatile boolean ready;
    private volatile Throwable failure;

    EngineThread(int queueBatches) {
        this.queue = new ArrayBlockingQueue<>(queueBatches);
        this.thread = Executors.newSingleThreadExecutor(r -> daemon(r, "hydraguard-engine"));
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "hydraguard-checkpoints"));
    }

    /** Runs {@code recovery}, then the queue; once ready, offers {@code tick} every {@code tickEvery}. */
    void start(Runnable recovery, Runnable tick, Duration tickEvery) {
        thread.execute(() -> {
            try {
                recovery.run();
                ready = true;
                loop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                failure = e;
                LOG.error("the engine stopped: {}", e.toString(), e);
            }
        });
        long every = tickEvery.toMillis();
        ticker.scheduleWithFixedDelay(() -> {
            if (ready && tickQueued.compareAndSet(false, true) && !queue.offer(tick)) {
                tickQueued.set(false);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    private void loop() throws InterruptedException {
        while (true) {
            Runnable work = queue.take();
            if (work == STOP) {
                return;
            }
            work.run();
        }
    }

    /** A checkpoint task ran (ticked or not): the ticker may offer the next. */
    void ticked() {
        tickQueued.set(false);
    }

    /**
     * Queues work whose input is durable already: waits for room rather than drop it from the live
     * path; if the engine has died meanwhile, the journal keeps the input and the next start replays it.
     */
    void put(Runnable work) {
        try {
            while (failure == null && !queue.offer(work, 100, TimeUnit.MILLISECONDS)) {
                // the engine frees a slot with every task it finishes
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing journalled work; a restart replays it", e);
        }
    }

    /** Waits until everything queued before this call is done; false on timeout. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return runAfterQueued(() -> { }, timeout);
    }

    /** Runs {@code task} on this thread after everything queued before this call, and waits for it; false on timeout. */
    boolean runAfterQueued(Runnable task, Duration timeout) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long deadline = System.nanoTime() + timeout.toNanos();
        Runnable then = () -> {
            try {
                task.run();
            } finally {
                done.countDown();
            }
        };
        while (!queue.offer(then, 5, TimeUnit.MILLISECONDS)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
        }
        return done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /**
     * Ends the queue: with {@code last} (run if the engine is ready and healthy) after the queued
     * work, or, when {@code last} is null, dropping the queued work as a crash would.
     */
    void endQueue(Runnable last) throws InterruptedException {
        ticker.shutdownNow();
        if (last == null) {
            queue.clear();
        } else if (failure == null && ready) {
            queue.offer(last, 30, TimeUnit.SECONDS);
        }
        queue.offer(STOP, 30, TimeUnit.SECONDS);
        thread.shutdown();
    }

    /** Waits for the thread to end; {@code force} interrupts it after a minute. */
    void awaitEnd(boolean force) throws InterruptedException {
        if (!thread.awaitTermination(60, TimeUnit.SECONDS) && force) {
            LOG.warn("the engine did not stop within 60 s; the journal will be replayed at the next start");
            thread.shutdownNow();
        }
    }

    boolean ready() {
        return ready;
    }

    Throwable failure() {
        return failure;
    }

    boolean healthy() {
        return failure == null && !thread.isShutdown();
    }

    int queued() {
        return queue.size();
    }

    int room() {
        return queue.remainingCapacity();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
