package org.hydraguard.io.policy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a flat record of numbers and booleans (the engine's detection tuning) to a YAML section by its
 * component names in snake_case. Done by reflection on purpose: the tuning grows as the engine does,
 * and a hand-written mapping would silently fall behind, whereas this one follows the record and
 * leaves range checks to the record's own constructor (whose message is reported at the line of the
 * field it names).
 */
final class RecordSection {
    private RecordSection() {}

    static List<String> keys(Class<? extends Record> type) {
        List<String> keys = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            keys.add(snake(c.getName()));
        }
        return keys;
    }

    static <R extends Record> R read(PolicySection s, Class<R> type, R defaults) throws InvalidPolicyException {
        s.allowOnly(keys(type));
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String key = snake(c.getName());
            Object absent = value(c, defaults);
            if (c.getType() == int.class) {
                args[i] = s.atLeast(key, Integer.MIN_VALUE, (Integer) absent);
            } else if (c.getType() == double.class) {
                args[i] = s.number(key, (Double) absent);
            } else if (c.getType() == boolean.class) {
                args[i] = s.bool(key, (Boolean) absent);
            } else {
                throw new IllegalStateException("policy section " + type.getSimpleName() + " has a component "
                        + c.getName() + " of type " + c.getType() + "; only int, double and boolean are mapped");
            }
        }
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            String message = String.valueOf(e.getCause().getMessage());
            for (RecordComponent c : components) {
                if (message.startsWith(c.getName() + " ") || message.contains(" " + c.getName() + " ")) {
                    throw s.fieldError(snake(c.getName()), message);
                }
            }
            throw s.invalid(message);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + ": " + e, e);
        }
    }

    /** The record's values by snake_case key, in declaration order. */
    static List<Object[]> entries(Record r) {
        List<Object[]> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            out.add(new Object[] {snake(c.getName()), value(c, r)});
        }
        return out;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + ": " + e, e);
        }
    }

    static String snake(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (char ch : camel.toCharArray()) {
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
