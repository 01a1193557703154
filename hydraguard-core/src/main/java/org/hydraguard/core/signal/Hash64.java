package org.hydraguard.core.signal;

/**
 * Fixed-seed 64-bit hashing for the signal hot path: a polynomial accumulation per character
 * ({@code h·31 + c}, two cycles of latency, exact for words up to twelve letters) and the murmur3
 * {@code fmix64} finaliser for avalanche. Every seed is a constant, so keys are stable across
 * runs, JVMs and machines; skeleton band keys may therefore be stored and compared later.
 */
public final class Hash64 {
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private Hash64() {}

    /** murmur3 fmix64: every input bit affects every output bit. The one copy in core. */
    public static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Order-dependent combination of two hashes (a,b) != (b,a). */
    static long combine(long a, long b) {
        return fmix(a * GOLDEN + Long.rotateLeft(b, 29) + 0x632be59bd9b4e019L);
    }
}
