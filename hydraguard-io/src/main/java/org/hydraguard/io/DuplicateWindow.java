package org.hydraguard.io;

/**
 * Finds repeated exchange ids with memory bounded by event time, not by file size.
 *
 * <p>Ids are kept as 64-bit hashes in two generations: the bucket of width {@code window} that holds
 * the newest {@code ts} seen, and the bucket before it; older generations are dropped as event time
 * moves on. Guarantee: a repeated id is caught when, at the moment its second copy is read, the
 * newest ts read so far is less than one window after the first copy's ts (in time-ordered input:
 * copies less than a window apart). Copies further apart may be missed. Memory: the ids of at most
 * two windows of event time (24 h at the reference rate of 640,000 exchanges a day: about 20 MB).
 * A false duplicate needs two distinct ids with equal 63-bit hashes (the 64th bit tags the
 * generation): with n ids in memory, about n²/2⁶⁴ (10⁻⁷ at 1.3 million ids).
 */
final class DuplicateWindow {
    private final long windowMillis;
    /** Ids of the current and the previous bucket, each tagged with its bucket's lowest bit. */
    private final IdSet ids = new IdSet();
    private long currentBucket = Long.MIN_VALUE;

    DuplicateWindow(long windowMillis) {
        if (windowMillis < 1) {
            throw new IllegalArgumentException("the duplicate window must be at least 1 ms: " + windowMillis);
        }
        this.windowMillis = windowMillis;
    }

    /** Records {@code id} at event time {@code tsMillis}; true if it was seen before (a duplicate). */
    boolean repeated(String id, long tsMillis) {
        long h = hash(id) & ~1L; // the lowest bit is the generation tag
        if (h == 0) {
            h = 2;
        }
        long bucket = Math.floorDiv(tsMillis, windowMillis);
        if (bucket > currentBucket) {
            if (bucket == currentBucket + 1) {
                ids.retain(currentBucket & 1); // the bucket before the current one ages out
            } else {
                ids.clear();
            }
            currentBucket = bucket;
        }
        if (bucket < currentBucket - 1) {
            return ids.contains(h); // too late to be remembered
        }
        return !ids.add(h, bucket & 1);
    }

    /** How many ids are held: at most those of two windows of event time. */
    int size() {
        return ids.size();
    }

    /** A 64-bit hash of the id's chars (FNV-1a, then the murmur3 finaliser to spread it); never 0. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= id.length();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
