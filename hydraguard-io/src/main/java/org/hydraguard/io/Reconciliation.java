package org.hydraguard.io;

/**
 * What a read did with its input: every non-blank line (or CSV row) read was accepted, rejected or a
 * duplicate (a repeated exchange {@code id}), so {@code read == accepted + rejected + duplicates}.
 * Its {@link #toString()} is the reconciliation line every command that reads input ends with.
 */
public record Reconciliation(long read, long accepted, long rejected, long duplicates) {
    public static final Reconciliation EMPTY = new Reconciliation(0, 0, 0, 0);

    public Reconciliation {
        if (accepted < 0 || rejected < 0 || duplicates < 0 || read != accepted + rejected + duplicates) {
            throw new IllegalArgumentException("counts do not reconcile: read " + read + " != accepted " + accepted
                    + " + rejected " + rejected + " + duplicates " + duplicates);
        }
    }

    public Reconciliation plus(Reconciliation other) {
        return new Reconciliation(read + other.read, accepted + other.accepted, rejected + other.rejected,
                duplicates + other.duplicates);
    }

    @Override
    public String toString() {
        return "read " + read + ", accepted " + accepted + ", rejected " + rejected + ", duplicates " + duplicates;
    }
}
