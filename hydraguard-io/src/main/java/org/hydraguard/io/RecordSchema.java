package org.hydraguard.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one kind of contract record and how to build the record from checked values. The
 * readers (JSON and CSV) convert each field by its {@link FieldKind}, check ranges and required
 * fields, and hand the values to {@link Builder#build}; the record's own constructor checks the rest.
 */
final class RecordSchema<T> {
    /** Builds a record from values already checked for type, range and presence. */
    @FunctionalInterface
    interface Builder<T> {
        T build(Values v) throws BadField;
    }

    private final String kind;
    private final Field[] fields;
    private final Map<String, Integer> index = new HashMap<>();
    private final Builder<T> builder;

    RecordSchema(String kind, List<Field> fields, Builder<T> builder) {
        this.kind = kind;
        this.fields = fields.toArray(new Field[0]);
        for (int i = 0; i < this.fields.length; i++) {
            index.put(this.fields[i].name(), i);
        }
        this.builder = builder;
    }

    String kind() {
        return kind;
    }

    int size() {
        return fields.length;
    }

    Field field(int i) {
        return fields[i];
    }

    /** The position of a field, or -1 for a field the contract does not know (ignored, never an error). */
    int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Checks that required fields are present and builds; constructor complaints become a {@link BadField}. */
    T build(Object[] slots) throws BadField {
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            if (f.required()) {
                Object v = slots[i];
                if (v == null) {
                    throw new BadField(f.name(), "required but missing");
                }
                if (v instanceof String s && s.isEmpty()) {
                    throw new BadField(f.name(), "required but empty");
                }
            }
        }
        try {
            return builder.build(new Values(slots));
        } catch (IllegalArgumentException e) {
            throw new BadField(fieldNamedIn(e.getMessage()), e.getMessage());
        }
    }

    /** The core records start their messages with the field name ("turns must be at least 1: 0"). */
    private String fieldNamedIn(String message) {
        if (message == null) {
            return null;
        }
        int space = message.indexOf(' ');
        String first = space < 0 ? message : message.substring(0, space);
        return index.containsKey(first) ? first : null;
    }

    /** Typed access to the checked values of one record, by field position. */
    static final class Values {
        private final Object[] slots;

        Values(Object[] slots) {
            this.slots = slots;
        }

        String str(int i) {
            return (String) slots[i];
        }

        /** An integer field's value: parsers may fill it as an Integer (the fast path) or a Long. */
        Integer integer(int i) {
            Object v = slots[i];
            return v == null ? null : v instanceof Integer n ? n : Integer.valueOf(((Number) v).intValue());
        }

        int intValue(int i) {
            return ((Number) slots[i]).intValue();
        }

        long longValue(int i) {
            return ((Number) slots[i]).longValue();
        }

        Double number(int i) {
            return (Double) slots[i];
        }

        Boolean bool(int i) {
            return (Boolean) slots[i];
        }

        java.time.Instant time(int i) {
            return (java.time.Instant) slots[i];
        }

        @SuppressWarnings("unchecked")
        List<String> strings(int i) {
            return (List<String>) slots[i];
        }

        Object tree(int i) {
            return slots[i];
        }
    }
}
