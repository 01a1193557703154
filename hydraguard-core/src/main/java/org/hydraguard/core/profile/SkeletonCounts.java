package org.hydraguard.core.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The few prompt templates a subject uses most: a Misra-Gries summary with {@link #SLOTS} counters
 * (192 bytes). A template with true count {@code f} among {@code n} fed keys is reported with a count
 * in {@code [f - n/(SLOTS+1), f]}; with at most {@code SLOTS} distinct templates counts are exact.
 * Only templates seen before somewhere are fed, so unique free-form prompts do not wear the counts down.
 * Sixteen counters, not ten: an operator that sends most of its traffic as cover through many popular
 * apps' wrappers fills ten of them, and every new one wore its own templates' count down (measured on
 * four-actors 0.1 5151: its smallest actor served 68 exchanges before action with ten, 62 with sixteen).
 */
public final class SkeletonCounts {
    public static final int SLOTS = 16;
    /** Heap bytes: the object and its two arrays. */
    static final int BYTES = 16 + (16 + 8 * SLOTS) + (16 + 4 * SLOTS);
    /** Counters per subject in snapshots of format 3 and older. */
    public static final int SLOTS_BEFORE_FORMAT_4 = 10;
    private final long[] keys = new long[SLOTS];
    private final int[] counts = new int[SLOTS];

    /**
     * Counts one use of {@code family} (non-zero, already canonical) and returns its count afterwards
     * (0 if not held). Keys are template-family roots; when families merge, slots still hold the old
     * roots, so on a miss every slot is first mapped through {@code canonical} and slots of one
     * family are summed, which frees slots before any count is decremented.
     */
    public int add(long family, java.util.function.LongUnaryOperator canonical) {
        int n = add(family);
        if (n > 0) {
            return n;
        }
        undoDecrement();
        canonicalize(canonical);
        return add(family);
    }

    /** Re-keys slots to their canonical family and merges duplicates, freeing their slots. */
    private void canonicalize(java.util.function.LongUnaryOperator canonical) {
        boolean changed = false;
        for (int i = 0; i < SLOTS; i++) {
            if (counts[i] > 0) {
                long k = canonical.applyAsLong(keys[i]);
                changed |= k != keys[i];
                keys[i] = k;
            }
        }
        if (!changed) {
            return;
        }
        for (int i = 0; i < SLOTS; i++) {
            for (int j = i + 1; j < SLOTS && counts[i] > 0; j++) {
                if (counts[j] > 0 && keys[j] == keys[i]) {
                    counts[i] += counts[j];
                    counts[j] = 0;
                }
            }
        }
    }

    private void undoDecrement() {
        for (int i = 0; i < SLOTS; i++) {
            counts[i]++;
        }
    }

    /** Counts one use of {@code template} (non-zero) and returns its count afterwards (0 if not held). */
    public int add(long template) {
        int free = -1;
        for (int i = 0; i < SLOTS; i++) {
            if (counts[i] > 0 && keys[i] == template) {
                return ++counts[i];
            }
            if (counts[i] == 0 && free < 0) {
                free = i;
            }
        }
        if (free >= 0) {
            keys[free] = template;
            counts[free] = 1;
            return 1;
        }
        for (int i = 0; i < SLOTS; i++) {
            counts[i]--;
        }
        return 0;
    }

    public int count(long template) {
        for (int i = 0; i < SLOTS; i++) {
            if (counts[i] > 0 && keys[i] == template) {
                return counts[i];
            }
        }
        return 0;
    }

    public int size() {
        return SLOTS;
    }

    public long keyAt(int i) {
        return counts[i] > 0 ? keys[i] : 0L;
    }

    public int countAt(int i) {
        return counts[i];
    }

    void writeTo(DataOutput out) throws IOException {
        for (int i = 0; i < SLOTS; i++) {
            out.writeLong(keys[i]);
            out.writeInt(counts[i]);
        }
    }

    /** Reads {@code slots} counters (fewer than {@link #SLOTS} from an older snapshot; the rest stay free). */
    void readFrom(DataInput in, int slots) throws IOException {
        for (int i = 0; i < slots; i++) {
            keys[i] = in.readLong();
            counts[i] = in.readInt();
        }
    }
}
