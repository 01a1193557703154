package org.hydraguard.core.link;

import java.util.Arrays;
import org.hydraguard.core.profile.StableHash;

/**
 * An open-addressing map from non-zero {@code long} keys to {@code long} values: the parent links of
 * the union-find structures, which are looked up several times per exchange. Without boxing a miss
 * (the common case: most templates are never united) costs one probe of a primitive array, and
 * usually not even that: a bit per key (eight bits per slot, so about one in twenty misses gets past
 * it) says that a key is certainly absent. The filter is a sixteenth of the map's size and stays in
 * the core's cache, where the arrays it saves a probe of, at tens of thousands of entries, do not.
 */
public final class LongLongMap {
    private long[] keys = new long[16];
    private long[] values = new long[16];
    private long[] present = new long[2];
    private int size;

    /** The value of {@code key}, or 0 when absent. */
    public long get(long key) {
        long h = StableHash.mix(key);
        if (!mayHold(h)) {
            return 0L;
        }
        long[] k = keys;
        int mask = k.length - 1;
        int i = (int) h & mask;
        while (true) {
            long at = k[i];
            if (at == key) {
                return values[i];
            }
            if (at == 0L) {
                return 0L;
            }
            i = (i + 1) & mask;
        }
    }

    /** Sets {@code key} (non-zero) to {@code value} (non-zero). */
    public void put(long key, long value) {
        if (key == 0L || value == 0L) {
            throw new IllegalArgumentException("keys and values must be non-zero: " + key + " -> " + value);
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        long h = StableHash.mix(key);
        int i = (int) h & mask;
        while (keys[i] != 0L && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0L) {
            keys[i] = key;
            size++;
            int bit = filterBit(h);
            present[bit >>> 6] |= 1L << bit;
        }
        values[i] = value;
    }

    private boolean mayHold(long h) {
        int bit = filterBit(h);
        return (present[bit >>> 6] & (1L << bit)) != 0L;
    }

    /** Bits from the other end of the hash than the slot's, so that keys of one slot run spread out. */
    private int filterBit(long h) {
        return (int) (h >>> 32) & ((present.length << 6) - 1);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The keys in ascending signed order (for deterministic snapshots). */
    public long[] sortedKeys() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) {
            if (k != 0L) {
                out[n++] = k;
            }
        }
        Arrays.sort(out);
        return out;
    }

    public long estimatedBytes() {
        return 48 + 16L * keys.length + 8L * present.length;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        present = new long[present.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0L) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /**
     * Read as a union-find parent map (absent = a root): the root of {@code key}, compressing the
     * path on the way so later finds are near constant time.
     */
    public long root(long key) {
        long p = get(key);
        if (p == 0L) {
            return key;
        }
        long root = p;
        while ((p = get(root)) != 0L) {
            root = p;
        }
        long k = key;
        while ((p = get(k)) != 0L && p != root) {
            put(k, root);
            k = p;
        }
        return root;
    }

    /** Writes every entry in ascending key order, so equal maps give identical bytes. */
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        long[] sorted = sortedKeys();
        out.writeInt(sorted.length);
        for (long k : sorted) {
            out.writeLong(k);
            out.writeLong(get(k));
        }
    }

    /** Reads what {@link #writeTo} wrote; {@code what} names the entries in corruption errors. */
    public void readFrom(java.io.DataInput in, String what) throws java.io.IOException {
        int n = org.hydraguard.core.profile.Codec.readCount(in, 1 << 28, what);
        for (int i = 0; i < n; i++) {
            put(in.readLong(), in.readLong());
        }
    }
}
