package org.hydraguard.io;

import java.nio.charset.StandardCharsets;

/**
 * One record that was not accepted: where it was ({@code file} name and 1-based {@code line}; for a
 * CSV record the line it starts on), which field was wrong ({@code null} when the record as a whole
 * is, e.g. not JSON), why, and the raw record cut to {@link #MAX_RECORD_CHARS} characters.
 */
public record Reject(String file, long line, String field, String reason, String record) {
    /** Raw records are kept only this long in rejects files, so a multi-megabyte line stays readable. */
    public static final int MAX_RECORD_CHARS = 4096;

    public Reject {
        if (file == null || reason == null) {
            throw new IllegalArgumentException("a reject needs a file and a reason");
        }
        // raw(...) already cut with a short suffix; cut anything else that is clearly longer
        record = record == null ? "" : record.length() > MAX_RECORD_CHARS + 64 ? cut(record, MAX_RECORD_CHARS) : record;
    }

    /** {@code FILE:LINE: field F: reason}, the form the CLI prints. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (field == null ? "" : "field " + field + ": ") + reason;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…[" + (s.length() - max) + " more chars]";
    }

    /** The first {@link #MAX_RECORD_CHARS} bytes of a raw line as text; invalid UTF-8 becomes U+FFFD. */
    static String raw(byte[] buf, int off, int len) {
        int keep = Math.min(len, MAX_RECORD_CHARS);
        String s = new String(buf, off, keep, StandardCharsets.UTF_8);
        return keep < len ? s + "…[" + (len - keep) + " more bytes]" : s;
    }
}
