package org.hydraguard.core.profile;

import org.hydraguard.core.signal.Hash64;

/**
 * Fixed-seed 64-bit hashes of attribute values. Stable across runs and JVMs (never
 * {@link Object#hashCode()} of anything but {@link String}, whose hash the JLS fixes), so that keys
 * may be stored in snapshots and compared after a restore.
 */
public final class StableHash {
    private StableHash() {}

    /** murmur3 fmix64: every input bit affects every output bit. */
    public static long mix(long k) {
        return Hash64.fmix(k);
    }

    /** A 64-bit key for a string value in a namespace (so equal values of two kinds never collide). */
    public static long of(int namespace, String value) {
        if (value == null) {
            return 0L;
        }
        long h = 0xcbf29ce484222325L ^ namespace;
        for (int i = 0, n = value.length(); i < n; i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        long k = mix(h + n(value));
        return k == 0L ? 1L : k;
    }

    private static long n(String v) {
        return ((long) v.length()) << 32;
    }
}
