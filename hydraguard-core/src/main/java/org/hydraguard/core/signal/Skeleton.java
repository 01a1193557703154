package org.hydraguard.core.signal;

import java.util.Arrays;

/**
 * A prompt's skeleton: locality-sensitive band keys of its wrapper text. Two prompts built from the
 * same wrapper (even lightly paraphrased) share at least one band key with high probability, while
 * unrelated prompts almost never do. {@code exactKey} identifies the normalised wrapper exactly.
 */
public final class Skeleton {
    public static final Skeleton NONE = new Skeleton(0L, new long[0]);

    private final long exactKey;
    private final long[] bandKeys;
    private final boolean whole;

    public Skeleton(long exactKey, long[] bandKeys) {
        this(exactKey, bandKeys, false);
    }

    /**
     * @param whole the prompt is short enough that its frames cover all of it: the whole prompt is
     *     wrapper, with no room for a task or for anything its writer typed around one
     */
    public Skeleton(long exactKey, long[] bandKeys, boolean whole) {
        this.exactKey = exactKey;
        this.bandKeys = bandKeys.clone();
        this.whole = whole;
    }

    /** Whether the frames cover the entire prompt (a short prompt read whole, e.g. "Continue with the next step."). */
    public boolean coversWholePrompt() {
        return whole;
    }

    public long exactKey() {
        return exactKey;
    }

    public int bands() {
        return bandKeys.length;
    }

    public long bandKey(int band) {
        return bandKeys[band];
    }

    public boolean isNone() {
        return bandKeys.length == 0;
    }

    /** Whether the two skeletons share a band key in the same band: an LSH candidate match. */
    public boolean sharesBandWith(Skeleton other) {
        int n = Math.min(bandKeys.length, other.bandKeys.length);
        for (int i = 0; i < n; i++) {
            if (bandKeys[i] == other.bandKeys[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Skeleton s && s.exactKey == exactKey && Arrays.equals(s.bandKeys, bandKeys);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(exactKey) * 31 + Arrays.hashCode(bandKeys);
    }

    @Override
    public String toString() {
        return isNone() ? "Skeleton.NONE" : "Skeleton[" + Long.toHexString(exactKey) + ", " + bandKeys.length + " bands]";
    }
}
