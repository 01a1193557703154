package org.hydraguard.sim;

import java.util.SplittableRandom;

/** Random draws the simulator needs, as pure functions of the caller's random source. */
final class Dist {
    private Dist() {}

    /** Exponential with the given mean. */
    static double exponential(SplittableRandom r, double mean) {
        return -mean * Math.log(1.0 - r.nextDouble());
    }

    static double normal(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Lognormal with the given median and log-space sigma. */
    static double lognormal(SplittableRandom r, double median, double sigma) {
        return median * Math.exp(sigma * normal(r));
    }

    /** Pareto (type I) with minimum {@code xm} and tail index {@code alpha}. */
    static double pareto(SplittableRandom r, double xm, double alpha) {
        return xm / Math.pow(1.0 - r.nextDouble(), 1.0 / alpha);
    }

    static int between(SplittableRandom r, int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Index drawn in proportion to {@code cumulative} (a running sum of weights). */
    static int pick(SplittableRandom r, double[] cumulative) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] cumulative(double... weights) {
        double[] c = new double[weights.length];
        double s = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weight " + i + " must not be negative: " + weights[i]);
            }
            s += weights[i];
            c[i] = s;
        }
        if (s <= 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        return c;
    }

    /** Zipf-like rank draw over {@code n} items (rank 0 most popular), exponent about 1. */
    static int zipf(SplittableRandom r, int n) {
        double x = Math.exp(r.nextDouble() * Math.log(n + 1.0)) - 1.0;
        return Math.min(n - 1, (int) x);
    }

    /** SplitMix64 finaliser: a bijection on longs, so distinct inputs give distinct ids. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A deterministic value in [0, 1) from a key. */
    static double unit(long key) {
        return (mix(key) >>> 11) * 0x1.0p-53;
    }
}
