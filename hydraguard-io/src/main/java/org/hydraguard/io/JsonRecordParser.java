package org.hydraguard.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses one JSON object (one line) into a contract record, checking every known field's type and
 * range; unknown fields are skipped whatever their value. A field given twice keeps its last value,
 * as most JSON readers do. Not thread-safe: it reuses one array of field values.
 */
final class JsonRecordParser<T> {
    private final RecordSchema<T> schema;
    private final ObjectMapper mapper;
    private final Object[] slots;
    private final FastJsonLine fast;

    JsonRecordParser(RecordSchema<T> schema, ObjectMapper mapper) {
        this.schema = schema;
        this.mapper = mapper;
        this.slots = new Object[schema.size()];
        this.fast = new FastJsonLine(schema);
    }

    /** Parses a line that is valid UTF-8 (the caller checks): the fast path first, Jackson when it gives up. */
    T parse(byte[] buf, int off, int len) throws BadField {
        Arrays.fill(slots, null);
        if (fast.parse(buf, off, len, slots)) {
            try {
                return schema.build(slots);
            } catch (BadField e) {
                // the full parser below gives the same answer; let it, so there is one source of messages
            }
        }
        return parseFully(buf, off, len);
    }

    /** Parses with Jackson; every reject's message comes from here. */
    T parseFully(byte[] buf, int off, int len) throws BadField {
        Arrays.fill(slots, null);
        try (JsonParser p = mapper.getFactory().createParser(buf, off, len)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new BadField(null, "not a JSON object: the line starts with " + describe(p, first));
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                int i = schema.indexOf(name);
                if (i < 0) {
                    p.skipChildren();
                } else {
                    slots[i] = value(p, t, schema.field(i));
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new BadField(null, "not valid JSON: expected a field name or '}', found " + describe(p, p.currentToken()));
            }
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JsonProcessingException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                int column = p.currentLocation().getColumnNr();
                throw new BadField(null, "unexpected content after the end of the JSON object, near column " + column
                        + " (two records on one line?)");
            }
        } catch (JsonEOFException e) {
            throw new BadField(null, "truncated: the line ends before its JSON object is complete");
        } catch (StreamConstraintsException e) {
            throw new BadField(null, "too large or too deep: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new BadField(null, "not valid JSON at column " + e.getLocation().getColumnNr() + ": "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadField(null, "not valid JSON: " + firstLine(e.getMessage()));
        }
        return schema.build(slots);
    }

    private Object value(JsonParser p, JsonToken t, Field f) throws IOException, BadField {
        if (t == JsonToken.VALUE_NULL) {
            return null; // null is absent; a required field then fails as missing
        }
        switch (f.kind()) {
            case STRING:
                if (t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                break;
            case TIME:
                if (t == JsonToken.VALUE_STRING) {
                    try {
                        return Timestamps.parse(p.getText());
                    } catch (IllegalArgumentException e) {
                        throw new BadField(f.name(), e.getMessage());
                    }
                }
                break;
            case INT:
            case LONG:
                if (t == JsonToken.VALUE_NUMBER_INT) {
                    if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        throw outOfRange(f, p.getText());
                    }
                    return inRange(f, p.getLongValue(), p);
                }
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    double d = p.getDoubleValue();
                    if (d != Math.rint(d) || Double.isInfinite(d)) {
                        throw new BadField(f.name(), "expected an integer, found " + p.getText());
                    }
                    if (d < f.lowest() || d > f.highest()) {
                        throw outOfRange(f, p.getText());
                    }
                    return (long) d;
                }
                break;
            case NUMBER:
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    double d = p.getDoubleValue();
                    if (Double.isInfinite(d)) {
                        throw new BadField(f.name(), "number out of range: " + p.getText());
                    }
                    return d;
                }
                break;
            case BOOL:
                if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                    return t == JsonToken.VALUE_TRUE;
                }
                break;
            case STRINGS:
                if (t == JsonToken.START_ARRAY) {
                    List<String> out = new ArrayList<>();
                    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                        if (e != JsonToken.VALUE_STRING) {
                            throw new BadField(f.name(), "expected an array of strings, found an element that is "
                                    + describe(p, e));
                        }
                        out.add(p.getText());
                    }
                    return out;
                }
                break;
            case TREE:
                return mapper.readTree(p);
            default:
                throw new AssertionError(f.kind());
        }
        throw new BadField(f.name(), "expected " + f.kind().expected() + ", found " + describe(p, t));
    }

    private static Long inRange(Field f, long v, JsonParser p) throws IOException, BadField {
        if (v < f.lowest() || v > f.highest()) {
            throw outOfRange(f, p.getText());
        }
        return v;
    }

    private static BadField outOfRange(Field f, String value) {
        return new BadField(f.name(), "must be between " + f.lowest() + " and " + f.highest() + ", inclusive: "
                + Reject.cut(value, 40));
    }

    /** Names a token for an error, with a short excerpt of its text. */
    static String describe(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case VALUE_STRING -> "a string \"" + Reject.cut(p.getText(), 60) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number " + Reject.cut(p.getText(), 40);
            case VALUE_TRUE, VALUE_FALSE -> "a boolean " + p.getText();
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> "'" + Reject.cut(String.valueOf(p.getText()), 40) + "'";
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
