package org.hydraguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class StageCpuTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void eachStageThreadsCpuIsCountedForItsStageAndTheRestAsOther() throws Exception {
        CountDownLatch done = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        StageCpu meter = new StageCpu();
        Thread reading = busy(StageCpu.READING_PREFIX + "exchanges", 100, done, release);
        Thread signals = busy(StageCpu.SIGNALS_NAME, 200, done, release);
        Thread unrelated = busy("someone-else", 150, done, release);
        done.await();
        burn(60);
        StageCpu.Split split = meter.stop();
        release.countDown();
        for (Thread t : new Thread[] {reading, signals, unrelated}) {
            t.join();
        }

        assertThat(split.readingSeconds()).isBetween(0.100, 0.140);
        assertThat(split.signalsSeconds()).isBetween(0.200, 0.240);
        assertThat(split.engineSeconds()).isGreaterThanOrEqualTo(0.060);
        assertThat(split.otherSeconds()).as("the unrelated thread's CPU").isGreaterThanOrEqualTo(0.130);
    }

    @Test
    void aStageThreadThatEndsBeforeTheRunIsStillCountedUpToItsLastSample() throws Exception {
        StageCpu meter = new StageCpu();
        Thread signals = new Thread(() -> burn(200), StageCpu.SIGNALS_NAME);
        signals.start();
        signals.join();
        Thread.sleep(50);
        StageCpu.Split split = meter.stop();

        assertThat(split.signalsSeconds()).as("at most one sampling interval is lost").isBetween(0.180, 0.240);
        assertThat(split.readingSeconds()).isZero();
    }

    @Test
    void threadsRunningBeforeMeasuringCountOnlyWhatTheySpendAfter() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread reading = new Thread(() -> {
            burn(150);
            first.countDown();
            await(go);
            burn(50);
            second.countDown();
            await(release);
        }, StageCpu.READING_PREFIX + "accounts");
        reading.start();
        first.await();
        StageCpu meter = new StageCpu();
        go.countDown();
        second.await();
        StageCpu.Split split = meter.stop();
        release.countDown();
        reading.join();

        assertThat(split.readingSeconds()).isBetween(0.050, 0.090);
    }

    /** A thread that spends {@code millis} of CPU, counts down {@code done}, then waits for {@code release}. */
    private static Thread busy(String name, long millis, CountDownLatch done, CountDownLatch release) {
        Thread t = new Thread(() -> {
            burn(millis);
            done.countDown();
            await(release);
        }, name);
        t.start();
        return t;
    }

    /** Spins until the calling thread has spent {@code millis} more of CPU. */
    private static void burn(long millis) {
        long until = THREADS.getCurrentThreadCpuTime() + millis * 1_000_000;
        long x = 0;
        while (THREADS.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) {
                x += i * x + 1;
            }
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
