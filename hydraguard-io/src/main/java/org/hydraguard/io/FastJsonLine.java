package org.hydraguard.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A fast path for the common, clean line: a flat JSON object whose keys are plain ASCII and whose
 * values are strings, plain integers, numbers, booleans or null, each of the type and range its field
 * wants. Strings without escapes become Strings straight from the bytes (the JDK's intrinsic decode),
 * about three times faster than Jackson for prompt-sized text. It fills the same field values with
 * the same conversions as {@link JsonRecordParser}, and gives up ({@code false}) on anything else,
 * from a nested value to a type error, so that Jackson parses the line again and every reject
 * keeps Jackson's precise message. The input must already be valid UTF-8 (checked per line).
 */
final class FastJsonLine {
    private final RecordSchema<?> schema;
    private final byte[][] names;
    /**
     * Each field name's first 16 bytes as two little-endian words, zero past its end, and the masks
     * that keep that many bytes of a word read from a line: a key of up to 16 bytes (all of the
     * contract's) is matched with two compares instead of a call per key.
     */
    private final long[] nameLo;
    private final long[] nameHi;
    private final long[] maskLo;
    private final long[] maskHi;
    private final int[] table;
    private final int mask;
    /** For each field (index + 1; 0 = the start of a line), the field that came next last time, or -1. */
    private final int[] following;
    private byte[] scratch = new byte[256];
    private int pos;
    /**
     * Short strings that repeat from line to line (account, key, model, client, network) are handed
     * out as one shared instance per value: no copy, and its hash code is computed once instead of in
     * every map the exchange is looked up in downstream. A direct-mapped cache; per field, sharing
     * stops unless three lookups in four hit, since each lookup costs a memory access to its slot and
     * values that seldom repeat (ids unique to a line) are cheaper copied. Only which instance is
     * returned depends on it, never the value.
     */
    private static final int SHARED_MAX_BYTES = 64;
    private static final int SHARED_SLOTS = 1 << 13;
    private static final int SHARED_TRIAL = 4096;
    /**
     * The bytes of slot {@code i} at {@code i * SHARED_MAX_BYTES} of one array of 512 KiB, its length
     * + 1 in {@code sharedLengths} (0: empty): a lookup compares in place instead of first following a
     * reference to an array somewhere in the heap, a cache miss of its own.
     */
    private final byte[] sharedArena = new byte[SHARED_SLOTS * SHARED_MAX_BYTES];
    private final byte[] sharedLengths = new byte[SHARED_SLOTS];
    private final String[] sharedStrings = new String[SHARED_SLOTS];
    /**
     * Long values that repeat verbatim (the system prompt an app sends with every request) are
     * shared from a small cache of their own, at most {@code LONG_SLOTS * LONG_MAX_BYTES} bytes. Its
     * slot comes from a sample of the bytes (length, both ends, the middle), so a lookup reads the
     * text once, in the compare. A shared instance keeps its {@code hashCode}, which consumers of a
     * several-hundred-character text would otherwise compute again for every line.
     */
    private static final int LONG_MAX_BYTES = 16_384;
    private static final int LONG_SLOTS = 64;
    private static final int LONG_SAMPLE = 16;
    private final byte[][] longBytes = new byte[LONG_SLOTS][];
    private final String[] longStrings = new String[LONG_SLOTS];
    /** Per field, short values at {@code field} and long ones at {@code field + schema.size()}. */
    private final int[] sharedTries;
    private final int[] sharedHits;

    FastJsonLine(RecordSchema<?> schema) {
        this.schema = schema;
        this.names = new byte[schema.size()][];
        this.nameLo = new long[schema.size()];
        this.nameHi = new long[schema.size()];
        this.maskLo = new long[schema.size()];
        this.maskHi = new long[schema.size()];
        this.sharedTries = new int[2 * schema.size()];
        this.sharedHits = new int[2 * schema.size()];
        int size = Integer.highestOneBit(schema.size() * 4 - 1) << 1;
        this.table = new int[size];
        this.mask = size - 1;
        Arrays.fill(table, -1);
        this.following = new int[schema.size() + 1];
        Arrays.fill(following, -1);
        for (int i = 0; i < schema.size(); i++) {
            names[i] = schema.field(i).name().getBytes(StandardCharsets.US_ASCII);
            int n = names[i].length;
            maskLo[i] = n >= 8 ? -1L : (1L << (8 * n)) - 1;
            maskHi[i] = n >= 16 ? -1L : n <= 8 ? 0L : (1L << (8 * (n - 8))) - 1;
            byte[] padded = Arrays.copyOf(names[i], Math.max(16, n));
            nameLo[i] = Bytes.word(padded, 0);
            nameHi[i] = Bytes.word(padded, 8);
            int slot = Bytes.hash(names[i], 0, names[i].length) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i;
        }
    }

    /** Fills {@code slots} from the line; false when the line needs the full parser. */
    boolean parse(byte[] b, int off, int len, Object[] slots) {
        int end = off + len;
        pos = off;
        if (!skipTo(b, end, '{')) {
            return false;
        }
        pos++;
        skipWs(b, end);
        if (pos < end && b[pos] == '}') {
            pos++;
            return atEnd(b, end);
        }
        int field = -1;
        while (true) {
            if (pos >= end || b[pos] != '"') {
                return false;
            }
            int keyStart = ++pos;
            pos = Bytes.nextStringSpecial(b, keyStart, end);
            if (pos >= end || b[pos] != '"') {
                return false;
            }
            field = lookup(b, keyStart, pos, field);
            pos++;
            if (!skipTo(b, end, ':')) {
                return false;
            }
            pos++;
            skipWs(b, end);
            if (field < 0 || !value(b, end, schema.field(field), slots, field)) {
                return false; // unknown fields may be nested values: let the full parser skip them
            }
            skipWs(b, end);
            if (pos >= end) {
                return false;
            }
            if (b[pos] == ',') {
                pos++;
                skipWs(b, end);
                continue;
            }
            if (b[pos] == '}') {
                pos++;
                return atEnd(b, end);
            }
            return false;
        }
    }

    private boolean value(byte[] b, int end, Field f, Object[] slots, int i) {
        if (pos >= end) {
            return false;
        }
        byte c = b[pos];
        if (c == 'n') {
            if (!literal(b, end, "null")) {
                return false;
            }
            slots[i] = null;
            return true;
        }
        switch (f.kind()) {
            case STRING:
            case TIME: {
                if (c != '"') {
                    return false;
                }
                String s = string(b, end, f.kind() == FieldKind.STRING ? i : -1);
                if (s == null) {
                    return false;
                }
                if (f.kind() == FieldKind.STRING) {
                    slots[i] = s;
                    return true;
                }
                try {
                    slots[i] = Timestamps.parse(s);
                    return true;
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            case INT:
            case LONG: {
                long v = integer(b, end);
                if (v == Long.MIN_VALUE || v < f.lowest() || v > f.highest()) {
                    return false;
                }
                // an INT field's range fits an int: box it once, as the record wants it
                slots[i] = f.kind() == FieldKind.INT ? (Object) Integer.valueOf((int) v) : (Object) Long.valueOf(v);
                return true;
            }
            case NUMBER: {
                int start = pos;
                if (!number(b, end)) {
                    return false;
                }
                double d = Double.parseDouble(new String(b, start, pos - start, StandardCharsets.ISO_8859_1));
                if (Double.isInfinite(d)) {
                    return false;
                }
                if (d == 0.0 && !hasFraction(b, start, pos)) {
                    d = 0.0; // Jackson reads "-0" as the integer 0, so as 0.0, not -0.0
                }
                slots[i] = d;
                return true;
            }
            case BOOL:
                if (c == 't' && literal(b, end, "true")) {
                    slots[i] = Boolean.TRUE;
                    return true;
                }
                if (c == 'f' && literal(b, end, "false")) {
                    slots[i] = Boolean.FALSE;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    /** A JSON string at {@code pos} (on its quote); null if it has an escape the fast path does not take. */
    private String string(byte[] b, int end, int field) {
        int start = ++pos;
        int i = Bytes.nextStringSpecial(b, start, end);
        if (i < end && b[i] == '"') {
            pos = i + 1;
            int n = i - start;
            if (field >= 0 && n <= SHARED_MAX_BYTES && sharing(field)) {
                return shared(b, start, i, field);
            }
            int longField = field + schema.size();
            if (field >= 0 && n > SHARED_MAX_BYTES && n <= LONG_MAX_BYTES && sharing(longField)) {
                return sharedLong(b, start, i, longField);
            }
            return new String(b, start, n, StandardCharsets.UTF_8);
        }
        if (i >= end || b[i] != '\\') {
            return null; // cut short, or a raw control character, which JSON forbids
        }
        int n = 0;
        while (true) {
            // b[start, i) is a plain run; b[i] is a quote, a backslash or a control character
            ensure(n + (i - start) + 1);
            System.arraycopy(b, start, scratch, n, i - start);
            n += i - start;
            if (i >= end) {
                return null;
            }
            byte c = b[i];
            if (c == '"') {
                pos = i + 1;
                return new String(scratch, 0, n, StandardCharsets.UTF_8);
            }
            if (c != '\\' || i + 1 >= end) {
                return null;
            }
            byte r;
            switch (b[i + 1]) {
                case 'n' -> r = '\n';
                case 't' -> r = '\t';
                case 'r' -> r = '\r';
                case '"' -> r = '"';
                case '\\' -> r = '\\';
                case '/' -> r = '/';
                case 'b' -> r = '\b';
                case 'f' -> r = '\f';
                default -> {
                    return null; // \\uXXXX (and surrogate pairs) are left to Jackson
                }
            }
            scratch[n++] = r;
            start = i + 2;
            i = Bytes.nextStringSpecial(b, start, end);
        }
    }

    private boolean sharing(int field) {
        int tries = sharedTries[field];
        if (tries < SHARED_TRIAL) {
            return true;
        }
        return sharedHits[field] >= SHARED_TRIAL * 3 / 4;
    }

    private String shared(byte[] b, int from, int to, int field) {
        int n = to - from;
        int slot = Bytes.hash(b, from, to) & (SHARED_SLOTS - 1);
        int at = slot * SHARED_MAX_BYTES;
        boolean counting = tried(field);
        if (sharedLengths[slot] == n + 1 && Arrays.equals(b, from, to, sharedArena, at, at + n)) {
            if (counting) {
                sharedHits[field]++;
            }
            return sharedStrings[slot];
        }
        String s = new String(b, from, n, StandardCharsets.UTF_8);
        System.arraycopy(b, from, sharedArena, at, n);
        sharedLengths[slot] = (byte) (n + 1);
        sharedStrings[slot] = s;
        return s;
    }

    private String sharedLong(byte[] b, int from, int to, int field) {
        int mid = (from + to - LONG_SAMPLE) >>> 1;
        int h = Bytes.hash(b, from, from + LONG_SAMPLE) ^ Integer.rotateLeft(Bytes.hash(b, mid, mid + LONG_SAMPLE), 11)
                ^ Integer.rotateLeft(Bytes.hash(b, to - LONG_SAMPLE, to), 22) ^ (to - from);
        int slot = h & (LONG_SLOTS - 1);
        byte[] known = longBytes[slot];
        boolean counting = tried(field);
        if (known != null && Arrays.equals(b, from, to, known, 0, known.length)) {
            if (counting) {
                sharedHits[field]++;
            }
            return longStrings[slot];
        }
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        longBytes[slot] = Arrays.copyOfRange(b, from, to);
        longStrings[slot] = s;
        return s;
    }

    /** Counts a lookup while the field's trial lasts; true if it does, so that a hit is counted too. */
    private boolean tried(int field) {
        boolean counting = sharedTries[field] < SHARED_TRIAL;
        if (counting) {
            sharedTries[field]++;
        }
        return counting;
    }

    private void ensure(int capacity) {
        if (scratch.length < capacity) {
            scratch = Arrays.copyOf(scratch, Math.max(capacity, scratch.length * 2));
        }
    }

    /** A plain JSON integer of at most 18 digits, or Long.MIN_VALUE for anything else. */
    private long integer(byte[] b, int end) {
        int i = pos;
        boolean negative = i < end && b[i] == '-';
        if (negative) {
            i++;
        }
        int digitsStart = i;
        long v = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            v = v * 10 + (b[i] - '0');
            i++;
        }
        int digits = i - digitsStart;
        if (digits == 0 || digits > 18 || (digits > 1 && b[digitsStart] == '0')) {
            return Long.MIN_VALUE;
        }
        if (i < end && (b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
            return Long.MIN_VALUE; // 5.0 and 1e3 are integers to the full parser; rare, so left to it
        }
        pos = i;
        return negative ? -v : v;
    }

    /** Advances over a number in JSON's grammar; false (pos unchanged) if there is none. */
    private boolean number(byte[] b, int end) {
        int i = pos;
        if (i < end && b[i] == '-') {
            i++;
        }
        int intStart = i;
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        if (i == intStart || (i - intStart > 1 && b[intStart] == '0')) {
            return false;
        }
        if (i < end && b[i] == '.') {
            int frac = ++i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == frac) {
                return false;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int exp = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == exp) {
                return false;
            }
        }
        if (i - pos > 100) {
            return false;
        }
        pos = i;
        return true;
    }

    private static boolean hasFraction(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '.' || b[i] == 'e' || b[i] == 'E') {
                return true;
            }
        }
        return false;
    }

    private boolean literal(byte[] b, int end, String word) {
        int n = word.length();
        if (pos + n > end) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[pos + k] != word.charAt(k)) {
                return false;
            }
        }
        pos += n;
        return pos >= end || !Character.isLetterOrDigit(b[pos]);
    }

    private boolean skipTo(byte[] b, int end, char c) {
        skipWs(b, end);
        return pos < end && b[pos] == c;
    }

    private void skipWs(byte[] b, int end) {
        while (pos < end && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\r' || b[pos] == '\n')) {
            pos++;
        }
    }

    private boolean atEnd(byte[] b, int end) {
        skipWs(b, end);
        return pos == end;
    }

    /**
     * The field named {@code b[from, to)}, or -1. Lines of one file keep their keys in one order, so
     * the field that followed the previous one last time is tried before hashing, and then the one
     * after that (optional fields come and go from line to line).
     */
    private int lookup(byte[] b, int from, int to, int previous) {
        int expected = following[previous + 1];
        if (expected >= 0) {
            if (named(expected, b, from, to)) {
                return expected;
            }
            // an optional field that this line leaves out: the one that came after it last time
            int after = following[expected + 1];
            if (after >= 0 && named(after, b, from, to)) {
                return after;
            }
        }
        for (int slot = Bytes.hash(b, from, to) & mask; ; slot = (slot + 1) & mask) {
            int i = table[slot];
            if (i < 0) {
                return -1;
            }
            if (named(i, b, from, to)) {
                following[previous + 1] = i;
                return i;
            }
        }
    }

    /** Whether {@code b[from, to)} is field {@code i}'s name. */
    private boolean named(int i, byte[] b, int from, int to) {
        byte[] name = names[i];
        if (to - from != name.length) {
            return false;
        }
        if (name.length <= 16 && from + 16 <= b.length) {
            return (Bytes.word(b, from) & maskLo[i]) == nameLo[i] && (Bytes.word(b, from + 8) & maskHi[i]) == nameHi[i];
        }
        return Arrays.equals(b, from, to, name, 0, name.length);
    }
}
