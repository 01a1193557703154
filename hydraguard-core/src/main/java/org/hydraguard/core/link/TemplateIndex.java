package org.hydraguard.core.link;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hydraguard.core.profile.Codec;
import org.hydraguard.core.profile.StableHash;
import org.hydraguard.core.signal.Skeleton;

/**
 * Online LSH clustering of prompt skeletons into templates. A bounded, 8-way set-associative table
 * maps each skeleton band key to the template it was first seen with; a skeleton that shares any band
 * with a known template resolves to it (paraphrased wrappers land in one template), otherwise it
 * founds a new one keyed by its exact key.
 *
 * <p>Memory is fixed at construction (24 bytes a slot), in one array laid out bucket by bucket: the
 * 8 band keys of a bucket (one 64-byte cache line), then for each way its template beside its use
 * count and last hour packed in a long. A lookup of one band touches two cache lines, the keys and its
 * own way's pair, instead of four arrays of 24 MB in all (28 band lookups per exchange, mostly cache
 * and TLB misses). When a bucket is full the entry used least (then longest ago) is evicted, so
 * one-off free-form prompts churn through while templates that recur keep their slots. A template is "known" once any of its bands was seen before: only known
 * templates are counted per subject, so unique prompts cost nothing downstream.
 */
public final class TemplateIndex {
    private static final int WAYS = 8;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    /** Per bucket: WAYS band keys, then WAYS pairs of (template, count << 32 | last hour). */
    private final long[] table;
    /**
     * Longs before the first bucket, so that on a JVM that starts a large array at an aligned address
     * (G1 places it at the start of a region; the array header is 16 bytes) each bucket's keys fill one
     * cache line instead of straddling two. Only speed depends on it.
     */
    private static final int PAD = 6;
    private final int slots;
    private final int mask;
    /** Matching bands a template needs before a skeleton counts as an instance of it. */
    static final int MIN_VOTES = 3;
    private int[] scratch = new int[32];
    private long[] candidates = new long[32];
    private int[] votes = new int[32];
    private int usedBands;
    private boolean lastKnown;

    /** @param capacityLog2 log2 of the slot count, 10-26 (20 = one million slots, 24 MB) */
    public TemplateIndex(int capacityLog2) {
        if (capacityLog2 < 10 || capacityLog2 > 26) {
            throw new IllegalArgumentException("template index capacity log2 must be between 10 and 26, inclusive: " + capacityLog2);
        }
        int n = 1 << capacityLog2;
        table = new long[PAD + 3 * n];
        slots = n;
        mask = n - 1;
    }

    /** Index in {@link #table} of the first band key of slot {@code i}'s bucket. */
    private static int bucket(int slot) {
        return PAD + (slot & ~(WAYS - 1)) * 3;
    }

    /** Index in {@link #table} of slot {@code i}'s band key. */
    private static int keyAt(int slot) {
        return bucket(slot) + (slot & (WAYS - 1));
    }

    /** Index in {@link #table} of slot {@code i}'s template; its use follows it. */
    private static int templateAt(int slot) {
        return bucket(slot) + WAYS + 2 * (slot & (WAYS - 1));
    }

    private long bandKey(int slot) {
        return table[keyAt(slot)];
    }

    private long template(int slot) {
        return table[templateAt(slot)];
    }

    private int count(int slot) {
        return (int) (table[templateAt(slot) + 1] >>> 32);
    }

    private int lastHour(int slot) {
        return (int) table[templateAt(slot) + 1];
    }

    private void setUse(int slot, int count, int hour) {
        table[templateAt(slot) + 1] = ((long) count << 32) | (hour & 0xFFFF_FFFFL);
    }

    /**
     * The template of a skeleton (0 for {@link Skeleton#NONE}); afterwards {@link #lastWasKnown()}
     * tells whether the template had been seen before.
     */
    public long resolve(Skeleton s, int hour) {
        return resolve(s, 0, s.bands(), hour);
    }

    /**
     * The template of the bands {@code [from, to)} of a skeleton: one frame of the prompt. A scripted
     * prompt is {@code prefix + task + suffix}, and the task itself may follow a public format that
     * other prompts share, so each frame is resolved on its own; the wrapper shows up as a stable
     * template in at least one of them.
     */
    public long resolve(Skeleton s, int from, int to, int hour) {
        int bands = to - from;
        if (bands <= 0) {
            lastKnown = false;
            return 0L;
        }
        if (scratch.length < bands) {
            scratch = new int[bands];
            candidates = new long[bands];
            votes = new int[bands];
        }
        for (int b = 0; b < bands; b++) {
            scratch[b] = find(key(s.bandKey(from + b), from + b));
        }
        long best = vote(bands);
        lastKnown = best != 0L;
        long template = lastKnown ? best : nonZero(StableHash.mix((s.exactKey() + from) ^ GOLDEN));
        for (int b = 0; b < bands; b++) {
            int slot = scratch[b];
            if (slot >= 0) {
                int c = count(slot);
                setUse(slot, c < Integer.MAX_VALUE ? c + 1 : c, hour);
            } else {
                insert(key(s.bandKey(from + b), from + b), template, hour);
            }
        }
        return template;
    }

    /**
     * The template most of the matched bands point to, or 0 when none has {@link #MIN_VOTES}. One band
     * in common (a generic line layout, or a task that starts like another prompt) says little; a
     * wrapper shared for real matches many bands of its frame at once. Ties go to the template whose
     * bands were used more.
     */
    private long vote(int bands) {
        usedBands = bands;
        int distinct = 0;
        for (int b = 0; b < bands; b++) {
            int slot = scratch[b];
            if (slot < 0) {
                continue;
            }
            long t = template(slot);
            int i = 0;
            while (i < distinct && candidates[i] != t) {
                i++;
            }
            if (i == distinct) {
                candidates[distinct] = t;
                votes[distinct++] = 0;
            }
            votes[i]++;
        }
        long best = 0L;
        int bestVotes = MIN_VOTES - 1;
        long bestUse = -1;
        for (int i = 0; i < distinct; i++) {
            if (votes[i] > bestVotes || (votes[i] == bestVotes && best != 0L && use(candidates[i]) > bestUse)) {
                best = candidates[i];
                bestVotes = votes[i];
                bestUse = use(best);
            }
        }
        return best;
    }

    /** The highest use count among this call's matched bands that point to {@code template}. */
    private long use(long template) {
        long max = 0;
        for (int i = 0; i < usedBands; i++) {
            int slot = scratch[i];
            if (slot >= 0 && template(slot) == template) {
                max = Math.max(max, count(slot));
            }
        }
        return max;
    }

    public boolean lastWasKnown() {
        return lastKnown;
    }

    /** Resolves without recording a use: for matching indicator templates. 0 when unknown. */
    public long peek(Skeleton s) {
        long best = 0L;
        int bestCount = 0;
        for (int b = 0; b < s.bands(); b++) {
            int slot = find(key(s.bandKey(b), b));
            if (slot >= 0 && count(slot) > bestCount) {
                bestCount = count(slot);
                best = template(slot);
            }
        }
        return best;
    }

    public int occupied() {
        int n = 0;
        for (int i = 0; i < slots; i++) {
            if (template(i) != 0L) {
                n++;
            }
        }
        return n;
    }

    public long estimatedBytes() {
        return 24L * slots;
    }

    private static long key(long bandKey, int band) {
        return nonZero(StableHash.mix(bandKey + band * GOLDEN));
    }

    private static long nonZero(long k) {
        return k == 0L ? 1L : k;
    }

    private int find(long k) {
        int base = (int) k & mask & ~(WAYS - 1);
        int first = bucket(base);
        for (int w = 0; w < WAYS; w++) {
            if (table[first + w] == k) {
                return base + w;
            }
        }
        return -1;
    }

    private void insert(long k, long template, int hour) {
        int base = (int) k & mask & ~(WAYS - 1);
        int victim = base;
        for (int i = base; i < base + WAYS; i++) {
            if (bandKey(i) == 0L) {
                victim = i;
                break;
            }
            if (count(i) < count(victim) || (count(i) == count(victim) && lastHour(i) < lastHour(victim))) {
                victim = i;
            }
        }
        table[keyAt(victim)] = k;
        table[templateAt(victim)] = template;
        setUse(victim, 1, hour);
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(Integer.numberOfTrailingZeros(slots));
        int used = 0;
        for (int i = 0; i < slots; i++) {
            if (bandKey(i) != 0L) {
                used++;
            }
        }
        out.writeInt(used);
        for (int i = 0; i < slots; i++) {
            if (bandKey(i) != 0L) {
                out.writeInt(i);
                out.writeLong(bandKey(i));
                out.writeLong(template(i));
                out.writeInt(count(i));
                out.writeInt(lastHour(i));
            }
        }
    }

    public static TemplateIndex readFrom(DataInput in) throws IOException {
        int log2 = in.readInt();
        if (log2 < 10 || log2 > 26) {
            throw new IOException("Possible corruption: template index capacity log2 must be between 10 and 26: " + log2);
        }
        TemplateIndex t = new TemplateIndex(log2);
        int used = Codec.readCount(in, 1 << log2, "template slot");
        for (int j = 0; j < used; j++) {
            int i = in.readInt();
            if (i < 0 || i > t.mask) {
                throw new IOException("Possible corruption: template slot out of range: " + i);
            }
            t.table[keyAt(i)] = in.readLong();
            t.table[templateAt(i)] = in.readLong();
            int count = in.readInt();
            t.setUse(i, count, in.readInt());
        }
        return t;
    }
}
