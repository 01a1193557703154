package org.hydraguard.core.model;

/** The capability areas a prompt can target; {@link #wireName()} is the key in a campaign's mix. */
public enum Capability {
    SOFTWARE_ENGINEERING("software_engineering"),
    AGENTIC("agentic"),
    LONG_HORIZON("long_horizon"),
    MATH_REASONING("math_reasoning"),
    OTHER("other");

    private final String wireName;

    Capability(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
