package org.hydraguard.core.model;

import java.util.Locale;

/** What enforcement does with an account, mildest first; {@link #compareTo} orders by severity. */
public enum Action {
    ALLOW, MONITOR, THROTTLE, CHALLENGE, BLOCK;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the action changes what the account is served (monitor only watches). */
    public boolean restricts() {
        return compareTo(THROTTLE) >= 0;
    }

    public static Action fromWire(String name) {
        for (Action a : values()) {
            if (a.wireName().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "unknown action '" + name + "'; expected one of allow, monitor, throttle, challenge, block");
    }

    @Override
    public String toString() {
        return wireName();
    }
}
