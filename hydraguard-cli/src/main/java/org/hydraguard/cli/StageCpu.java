package org.hydraguard.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Where one analysis run spent its CPU, by pipeline stage: reading (the read-ahead threads, inflating
 * included), signals (the signal thread), the engine (the thread that opened this meter and runs the
 * detector) and the rest of the process (garbage collection, the JIT, the JVM's own threads).
 *
 * <p>The stage threads end with the run, and a thread's clock cannot be read once it has ended, so they
 * are sampled every few milliseconds while the run lasts. What a thread spends after its last sample
 * is counted as "other": at most one interval per thread per run. Stage threads are told apart by their
 * names, so one run at a time per JVM (as the commands do).
 */
final class StageCpu implements AutoCloseable {
    /** CPU seconds per stage over the run, and the process's CPU in all. */
    record Split(double readingSeconds, double signalsSeconds, double engineSeconds, double processSeconds) {
        double otherSeconds() {
            return Math.max(0.0, processSeconds - readingSeconds - signalsSeconds - engineSeconds);
        }
    }

    static final String READING_PREFIX = "hydraguard-read-";
    static final String SIGNALS_NAME = "hydraguard-signals";
    private static final long INTERVAL_MS = 10;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** Per stage thread seen: {stage (0 reading, 1 signals), CPU when first seen or at start, CPU last seen}. */
    private final Map<Long, long[]> seen = new HashMap<>();
    /** Ids of threads that belong to no stage, so that their names are looked up once. */
    private final Set<Long> ignored = new HashSet<>();
    private final long engineStart;
    private final long processStart;
    private final Thread sampler;
    private volatile boolean running = true;

    /**
     * Starts measuring; call from the thread that will run the engine. The maps are touched by this
     * thread before the sampler starts and after it has been joined, and by the sampler in between,
     * so starting and joining it is all the synchronisation they need.
     */
    StageCpu() {
        sample(true);
        engineStart = threads.getCurrentThreadCpuTime();
        processStart = processCpuNanos();
        sampler = new Thread(this::run, "hydraguard-stage-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void run() {
        while (running) {
            sample(false);
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Reads the clock of every stage thread. Threads alive when measuring starts count from their clock
     * then; threads that start later count from zero.
     */
    private void sample(boolean atStart) {
        for (long id : threads.getAllThreadIds()) {
            if (ignored.contains(id)) {
                continue;
            }
            long[] s = seen.get(id);
            long cpu = threads.getThreadCpuTime(id);
            if (cpu < 0) {
                continue; // ended since the ids were listed
            }
            if (s == null) {
                int stage = stageOf(id);
                if (stage < 0) {
                    ignored.add(id);
                    continue;
                }
                s = new long[] {stage, atStart ? cpu : 0L, cpu};
                seen.put(id, s);
            }
            s[2] = cpu;
        }
    }

    private int stageOf(long id) {
        ThreadInfo info = threads.getThreadInfo(id);
        if (info == null) {
            return -1;
        }
        String name = info.getThreadName();
        return name.startsWith(READING_PREFIX) ? 0 : name.equals(SIGNALS_NAME) ? 1 : -1;
    }

    /** Stops measuring (from the engine's thread, as it was started) and returns the split. */
    Split stop() {
        long engine = threads.getCurrentThreadCpuTime() - engineStart;
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[] stages = new long[2];
        sample(false);
        for (long[] s : seen.values()) {
            stages[(int) s[0]] += s[2] - s[1];
        }
        return new Split(stages[0] / 1e9, stages[1] / 1e9, engine / 1e9, (processCpuNanos() - processStart) / 1e9);
    }

    @Override
    public void close() {
        if (running) {
            stop();
        }
    }

    /** CPU time of the whole process: it depends less than wall time on what else the machine runs. */
    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }
}
