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
 * <p>Memory is fixed at construction (24 bytes a slot). When a bucket is full the entry used least
 * (then longest ago) is evicted, so one-off free-form prompts churn through while templates that
 * recur keep their slots. A template is "known" once any of its bands was seen before: only known
 * templates are counted per subject, so unique prompts cost nothing downstream.
 */
public final class TemplateIndex {
    private static final int WAYS = 8;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    private final long[] bandKeys;
    private final long[] templates;
    private final int[] counts;
    private final int[] lastHours;
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
        bandKeys = new long[n];
        templates = new long[n];
        counts = new int[n];
        lastHours = new int[n];
        mask = n - 1;
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
                if (counts[slot] < Integer.MAX_VALUE) {
                    counts[slot]++;
                }
                lastHours[slot] = hour;
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
            long t = templates[slot];
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
            if (slot >= 0 && templates[slot] == template) {
                max = Math.max(max, counts[slot]);
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
            if (slot >= 0 && counts[slot] > bestCount) {
                bestCount = counts[slot];
                best = templates[slot];
            }
        }
        return best;
    }

    public int occupied() {
        int n = 0;
        for (long t : templates) {
            if (t != 0L) {
                n++;
            }
        }
        return n;
    }

    public long estimatedBytes() {
        return 24L * bandKeys.length;
    }

    private static long key(long bandKey, int band) {
        return nonZero(StableHash.mix(bandKey + band * GOLDEN));
    }

    private static long nonZero(long k) {
        return k == 0L ? 1L : k;
    }

    private int find(long k) {
        int base = (int) k & mask & ~(WAYS - 1);
        for (int i = base; i < base + WAYS; i++) {
            if (bandKeys[i] == k) {
                return i;
            }
        }
        return -1;
    }

    private void insert(long k, long template, int hour) {
        int base = (int) k & mask & ~(WAYS - 1);
        int victim = base;
        for (int i = base; i < base + WAYS; i++) {
            if (bandKeys[i] == 0L) {
                victim = i;
                break;
            }
            if (counts[i] < counts[victim] || (counts[i] == counts[victim] && lastHours[i] < lastHours[victim])) {
                victim = i;
            }
        }
        bandKeys[victim] = k;
        templates[victim] = template;
        counts[victim] = 1;
        lastHours[victim] = hour;
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(Integer.numberOfTrailingZeros(bandKeys.length));
        int used = 0;
        for (long k : bandKeys) {
            if (k != 0L) {
                used++;
            }
        }
        out.writeInt(used);
        for (int i = 0; i < bandKeys.length; i++) {
            if (bandKeys[i] != 0L) {
                out.writeInt(i);
                out.writeLong(bandKeys[i]);
                out.writeLong(templates[i]);
                out.writeInt(counts[i]);
                out.writeInt(lastHours[i]);
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
            t.bandKeys[i] = in.readLong();
            t.templates[i] = in.readLong();
            t.counts[i] = in.readInt();
            t.lastHours[i] = in.readInt();
        }
        return t;
    }
}
