package org.hydraguard.core.link;

import java.util.Arrays;
import org.hydraguard.core.profile.StableHash;

/**
 * An open-addressing map from non-zero {@code long} keys to {@code long} values: the parent links of
 * the union-find structures, which are looked up several times per exchange. Without boxing a miss
 * (the common case: most templates are never united) costs one probe of a primitive array.
 */
public final class LongLongMap {
    private long[] keys = new long[16];
    private long[] values = new long[16];
    private int size;

    /** The value of {@code key}, or 0 when absent. */
    public long get(long key) {
        long[] k = keys;
        int mask = k.length - 1;
        int i = (int) StableHash.mix(key) & mask;
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
        int i = (int) StableHash.mix(key) & mask;
        while (keys[i] != 0L && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0L) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
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
        return 32 + 16L * keys.length;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
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
        long root = key;
        long p;
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
