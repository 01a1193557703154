package org.hydraguard.io;

import java.util.ArrayList;
import java.util.List;

/** Converts a non-empty CSV cell to the value of its field, with the same checks as JSON. */
final class CsvValues {
    private CsvValues() {}

    static Object convert(Field f, String cell) throws BadField {
        switch (f.kind()) {
            case STRING:
                return cell;
            case TIME:
                try {
                    return Timestamps.parse(cell);
                } catch (IllegalArgumentException e) {
                    throw new BadField(f.name(), e.getMessage());
                }
            case INT:
            case LONG:
                return integer(f, cell);
            case NUMBER:
                if (!plainNumber(cell)) {
                    throw expected(f, cell);
                }
                double d = parse(f, cell);
                if (Double.isInfinite(d)) {
                    throw new BadField(f.name(), "number out of range: " + Reject.cut(cell, 40));
                }
                return d;
            case BOOL:
                if (cell.equals("true") || cell.equals("false")) {
                    return Boolean.valueOf(cell);
                }
                throw expected(f, cell);
            case STRINGS:
                List<String> parts = new ArrayList<>();
                for (String p : cell.split(CsvColumns.PROGRAM_SEPARATOR, -1)) {
                    if (!p.isEmpty()) {
                        parts.add(p);
                    }
                }
                return parts;
            default:
                throw new BadField(f.name(), "cannot be given in CSV; use JSON Lines");
        }
    }

    private static Long integer(Field f, String cell) throws BadField {
        long v;
        try {
            v = Long.parseLong(cell);
        } catch (NumberFormatException e) {
            if (!plainNumber(cell)) {
                throw expected(f, cell);
            }
            double d = parse(f, cell);
            if (d != Math.rint(d) || Double.isInfinite(d) || d < f.lowest() || d > f.highest()) {
                throw d != Math.rint(d) ? expected(f, cell) : outOfRange(f, cell);
            }
            v = (long) d;
        }
        if (v < f.lowest() || v > f.highest()) {
            throw outOfRange(f, cell);
        }
        return v;
    }

    private static double parse(Field f, String cell) throws BadField {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw expected(f, cell);
        }
    }

    /** JSON's number syntax, give or take a leading '+': no NaN, Infinity, hex or type suffixes. */
    private static boolean plainNumber(String s) {
        if (s.isEmpty() || s.length() > 1000) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }

    private static BadField expected(Field f, String cell) {
        return new BadField(f.name(), "expected " + f.kind().expected() + ", found '" + Reject.cut(cell, 60) + "'");
    }

    private static BadField outOfRange(Field f, String cell) {
        return new BadField(f.name(), "must be between " + f.lowest() + " and " + f.highest() + ", inclusive: "
                + Reject.cut(cell, 40));
    }
}
