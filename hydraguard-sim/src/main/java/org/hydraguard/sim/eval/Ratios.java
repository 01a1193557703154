package org.hydraguard.sim.eval;

/** Shares that stay honest about empty denominators. */
final class Ratios {
    private Ratios() {}

    /** {@code part / whole}, or NaN when nothing was there to measure. */
    static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
