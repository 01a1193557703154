package org.hydraguard.io;

/** One contract field: its JSON/CSV name, type, whether it is required, and the allowed integer range. */
record Field(String name, FieldKind kind, boolean required, long min, long max) {
    static Field required(String name, FieldKind kind) {
        return new Field(name, kind, true, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Field optional(String name, FieldKind kind) {
        return new Field(name, kind, false, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    Field range(long min, long max) {
        return new Field(name, kind, required, min, max);
    }

    /** The range an integer of this field may take, after the field's own and the Java type's bounds. */
    long lowest() {
        return kind == FieldKind.INT ? Math.max(min, Integer.MIN_VALUE) : min;
    }

    long highest() {
        return kind == FieldKind.INT ? Math.min(max, Integer.MAX_VALUE) : max;
    }
}
