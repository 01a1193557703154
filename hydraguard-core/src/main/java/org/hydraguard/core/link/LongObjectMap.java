package org.hydraguard.core.link;

import java.util.Arrays;
import org.hydraguard.core.profile.StableHash;

/**
 * An open-addressing map from non-zero {@code long} keys to objects, for lookups made on every
 * exchange (a subject's payment posting): no boxed key, no entry object, one probe on a hit in a
 * half-empty table. Iteration order is never exposed except sorted ({@link #sortedKeys}).
 *
 * @param <V> the value type; values are never null
 */
public final class LongObjectMap<V> {
    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private int size;

    /** The value of {@code key}, or null when absent (always for key 0). */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        long[] k = keys;
        int mask = k.length - 1;
        int i = (int) StableHash.mix(key) & mask;
        while (true) {
            long at = k[i];
            if (at == key && at != 0L) {
                return (V) values[i];
            }
            if (at == 0L) {
                return null;
            }
            i = (i + 1) & mask;
        }
    }

    /** Sets {@code key} (non-zero) to {@code value} (non-null). */
    public void put(long key, V value) {
        if (key == 0L || value == null) {
            throw new IllegalArgumentException("keys must be non-zero and values non-null: " + key + " -> " + value);
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

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0L) {
                put(oldKeys[i], (V) oldValues[i]);
            }
        }
    }
}
