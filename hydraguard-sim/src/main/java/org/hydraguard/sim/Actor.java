package org.hydraguard.sim;

import java.util.Comparator;

/**
 * Anything that acts at points of event time: an account sending requests, an operator's account
 * factory, a sign-up stream. The simulation keeps actors in a priority queue by {@code (next, seq)};
 * {@link #fire} acts at {@link Simulation#now()} and returns when to fire next ({@code Long.MAX_VALUE}
 * to retire). State per actor is kept compact because there is one per account.
 */
abstract class Actor {
    static final Comparator<Actor> ORDER = (a, b) -> a.next != b.next ? Long.compare(a.next, b.next) : Integer.compare(a.seq, b.seq);

    long next;
    int seq;

    abstract long fire(Simulation sim);
}
