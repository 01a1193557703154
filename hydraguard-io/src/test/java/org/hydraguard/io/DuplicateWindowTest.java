package org.hydraguard.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

class DuplicateWindowTest {
    @Test
    void catchesRepeatsWithinAWindowAndForgetsOlderIds() {
        DuplicateWindow w = new DuplicateWindow(1000);
        assertThat(w.repeated("a", 10)).isFalse();
        assertThat(w.repeated("a", 999)).isTrue();
        assertThat(w.repeated("b", 1500)).isFalse();
        assertThat(w.repeated("a", 1900)).as("newest ts is less than a window after the first copy").isTrue();
        assertThat(w.repeated("c", 3100)).isFalse();
        assertThat(w.repeated("a", 3200)).as("more than a window later: forgotten").isFalse();
        assertThat(w.repeated("late", 5)).isFalse();
        assertThat(w.repeated("late", 6)).as("too late to be remembered, never stored").isFalse();
    }

    @Test
    void memoryFollowsEventTimeNotInputSize() {
        DuplicateWindow w = new DuplicateWindow(1000);
        int maxHeld = 0;
        for (int i = 0; i < 1_000_000; i++) {
            assertThat(w.repeated("id-" + i, i / 10L)).isFalse(); // 10 ids per ms: 10,000 per window
            maxHeld = Math.max(maxHeld, w.size());
        }
        assertThat(maxHeld).isLessThanOrEqualTo(20_000);
    }

    @Test
    void hashesSpreadAndAreNeverZero() {
        assertThat(DuplicateWindow.hash("")).isNotZero();
        assertThat(DuplicateWindow.hash("ex_1")).isNotEqualTo(DuplicateWindow.hash("ex_2"));
    }

    /**
     * The one-table window answers exactly as two sets would, one per generation: the current bucket's
     * ids and the previous bucket's, the older dropped as event time moves on. Small id and time
     * ranges make repeats, late records, single steps and jumps of several buckets all common, and
     * thousands of ids force the table to grow and, after a burst, to shrink.
     */
    @Property(tries = 200)
    void answersAsTwoGenerationsOfSetsWould(@ForAll("reads") List<Read> reads) {
        DuplicateWindow window = new DuplicateWindow(100);
        Set<String> current = new HashSet<>();
        Set<String> previous = new HashSet<>();
        long currentBucket = Long.MIN_VALUE;
        for (Read r : reads) {
            long bucket = Math.floorDiv(r.ts(), 100);
            if (bucket > currentBucket) {
                Set<String> older = previous;
                previous = bucket == currentBucket + 1 ? current : new HashSet<>();
                current = older;
                current.clear();
                currentBucket = bucket;
            }
            boolean expected = current.contains(r.id()) || previous.contains(r.id());
            if (!expected && bucket == currentBucket) {
                current.add(r.id());
            } else if (!expected && bucket == currentBucket - 1) {
                previous.add(r.id());
            }
            assertThat(window.repeated(r.id(), r.ts())).as("%s at %d", r.id(), r.ts()).isEqualTo(expected);
            assertThat(window.size()).isEqualTo(current.size() + previous.size());
        }
    }

    record Read(String id, long ts) {}

    @Provide
    Arbitrary<List<Read>> reads() {
        Arbitrary<String> ids = Arbitraries.integers().between(0, 3000).map(i -> "ex_" + i);
        // mostly small steps forward, some back (late records), a few jumps past a bucket or more
        Arbitrary<Long> steps = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.longs().between(0, 3)),
                Tuple.of(2, Arbitraries.longs().between(-250, 0)),
                Tuple.of(1, Arbitraries.longs().between(50, 400)));
        return Combinators.combine(ids, steps).as(Read::new).list().ofMaxSize(6000).map(DuplicateWindowTest::inTime);
    }

    /** Turns each read's {@code ts}, a step, into an event time: the running sum, never below 0. */
    private static List<Read> inTime(List<Read> steps) {
        List<Read> out = new ArrayList<>(steps.size());
        long ts = 0;
        for (Read r : steps) {
            ts = Math.max(0, ts + r.ts());
            out.add(new Read(r.id(), ts));
        }
        return out;
    }
}
