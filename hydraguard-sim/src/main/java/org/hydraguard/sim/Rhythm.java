package org.hydraguard.sim;

import java.util.SplittableRandom;

/**
 * When people (or scripts) are active: a weight per hour of the local week, normalised to mean 1.
 * Arrivals are drawn from the non-homogeneous Poisson process with that intensity by thinning
 * (Lewis and Shedler 1979): candidates at the peak rate, each kept with probability weight/peak, so
 * the long-run rate is exactly the requested one whatever the shape.
 */
enum Rhythm {
    /** Evenings and weekends, a little at lunch, quiet at night. */
    PERSONAL(new double[] {.15, .08, .05, .04, .04, .06, .15, .35, .55, .65, .7, .75, .85, .8, .75, .75, .8, .9, 1.1, 1.3, 1.4, 1.3, .9, .45},
            new double[] {1, 1, 1, 1, .95, 1.1, 1.15}),
    /** Office hours on weekdays. */
    OFFICE(new double[] {.03, .02, .02, .02, .03, .05, .12, .35, .85, 1.4, 1.6, 1.5, 1.1, 1.45, 1.55, 1.5, 1.3, .9, .45, .3, .25, .2, .12, .06},
            new double[] {1.2, 1.25, 1.25, 1.2, 1.05, .2, .15}),
    /** Developers: office hours plus evenings and some weekend work. */
    DEVELOPER(new double[] {.15, .08, .05, .03, .03, .05, .1, .3, .7, 1.2, 1.45, 1.4, 1.0, 1.35, 1.45, 1.4, 1.25, 1.0, .75, .7, .75, .7, .5, .3},
            new double[] {1.1, 1.15, 1.15, 1.1, 1.0, .45, .45}),
    /** Students: afternoons, evenings and late nights, Sunday-evening deadlines. */
    STUDENT(new double[] {.5, .35, .2, .1, .05, .05, .08, .2, .45, .7, .85, .9, .9, 1.0, 1.1, 1.15, 1.2, 1.2, 1.3, 1.5, 1.65, 1.6, 1.3, .9},
            new double[] {1.05, 1.1, 1.1, 1.0, .8, .6, 1.25}),
    /** Round the clock with a mild daily swell: global platforms, scripts and schedulers. */
    FLAT(new double[] {.85, .8, .78, .78, .8, .85, .9, .97, 1.05, 1.1, 1.12, 1.12, 1.1, 1.1, 1.12, 1.12, 1.1, 1.08, 1.05, 1.02, 1, .98, .95, .9},
            new double[] {1, 1, 1, 1, 1, .97, .97});

    private final float[] weight = new float[168];
    private final double peak;

    Rhythm(double[] hours, double[] days) {
        double sum = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                sum += hours[h] * days[d];
            }
        }
        double mean = sum / 168;
        double max = 0;
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                weight[d * 24 + h] = (float) (hours[h] * days[d] / mean);
                max = Math.max(max, weight[d * 24 + h]);
            }
        }
        this.peak = max;
    }

    double weight(long t, int utcOffset) {
        return weight[Times.hourOfWeek(t, utcOffset)];
    }

    /** The next arrival after {@code t} for a long-run rate of {@code perDay} arrivals a day. */
    long next(long t, double perDay, int utcOffset, SplittableRandom r) {
        if (perDay <= 0) {
            return Long.MAX_VALUE;
        }
        double meanGap = Times.DAY / (perDay * peak);
        long at = t;
        for (int tries = 0; tries < 10_000; tries++) {
            at += (long) Dist.exponential(r, meanGap) + 1;
            if (r.nextDouble() * peak < weight(at, utcOffset)) {
                return at;
            }
        }
        return at;
    }
}
