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
    private int[] scratch = new int[32];
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
        int bands = s.bands();
        if (bands == 0) {
            lastKnown = false;
            return 0L;
        }
        if (scratch.length < bands) {
            scratch = new int[bands];
        }
        long best = 0L;
        int bestCount = 0;
        for (int b = 0; b < bands; b++) {
            long k = key(s.bandKey(b), b);
            int slot = find(k);
            scratch[b] = slot;
            if (slot >= 0 && counts[slot] > bestCount) {
                bestCount = counts[slot];
                best = templates[slot];
            }
        }
        lastKnown = best != 0L;
        long template = lastKnown ? best : nonZero(StableHash.mix(s.exactKey() ^ GOLDEN));
        for (int b = 0; b < bands; b++) {
            int slot = scratch[b];
            if (slot >= 0) {
                if (counts[slot] < Integer.MAX_VALUE) {
                    counts[slot]++;
                }
                lastHours[slot] = hour;
            } else {
                insert(key(s.bandKey(b), b), template, hour);
            }
        }
        return template;
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
