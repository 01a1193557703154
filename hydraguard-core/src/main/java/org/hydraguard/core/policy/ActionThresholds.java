package org.hydraguard.core.policy;

import org.hydraguard.core.model.Action;

/**
 * The score (0-1) at which each action starts. A score below {@code monitor} allows; the thresholds
 * must rise with severity so that a higher score never yields a milder action.
 */
public record ActionThresholds(double monitor, double throttle, double challenge, double block) {

    public ActionThresholds {
        unit(monitor, "monitor");
        unit(throttle, "throttle");
        unit(challenge, "challenge");
        unit(block, "block");
        if (!(monitor <= throttle && throttle <= challenge && challenge <= block)) {
            throw new IllegalArgumentException("action thresholds must rise with severity "
                    + "(monitor <= throttle <= challenge <= block) but were " + monitor + ", " + throttle
                    + ", " + challenge + ", " + block);
        }
    }

    public static ActionThresholds defaults() {
        return new ActionThresholds(0.45, 0.60, 0.72, 0.82);
    }

    /** The action a score earns, before allowlists and shadow mode. */
    public Action actionFor(double score) {
        if (score >= block) {
            return Action.BLOCK;
        }
        if (score >= challenge) {
            return Action.CHALLENGE;
        }
        if (score >= throttle) {
            return Action.THROTTLE;
        }
        if (score >= monitor) {
            return Action.MONITOR;
        }
        return Action.ALLOW;
    }

    static void unit(double v, String name) {
        if (!(v >= 0.0 && v <= 1.0)) {
            throw new IllegalArgumentException(name + " threshold must be between 0 and 1, inclusive: " + v);
        }
    }
}
