package org.hydraguard.server;

import java.util.ArrayList;
import java.util.List;
import org.hydraguard.io.InvalidRecordException;
import org.hydraguard.io.RecordParser;

/**
 * A JSON Lines request body taken apart: the records that passed the contract's checks (with each
 * one's line as received, which the journal keeps instead of writing the record out again), and for
 * every other line its number, field and reason. A bad line never costs the good ones beside it.
 * Public only so that hydraguard-bench can measure {@link #parse} (the ingest route's per-line cost).
 */
public record IngestBody<T>(List<T> accepted, List<String> acceptedLines, List<Rejected> rejected, int read) {

    /** One line that was set aside, as the client gets it back. */
    public record Rejected(int line, String field, String reason) {}

    /** Splits a JSON Lines body and parses each non-blank line with {@code parser}. */
    public static <T> IngestBody<T> parse(byte[] body, RecordParser<T> parser) {
        List<T> accepted = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        int read = 0;
        int line = 0;
        int start = 0;
        for (int i = 0; i <= body.length; i++) {
            if (i < body.length && body[i] != '\n') {
                continue;
            }
            line++;
            int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
            if (!blank(body, start, end)) {
                read++;
                try {
                    accepted.add(parser.parse(body, start, end - start));
                    lines.add(new String(body, start, end - start, java.nio.charset.StandardCharsets.UTF_8));
                } catch (InvalidRecordException e) {
                    rejected.add(new Rejected(line, e.field(), e.reason()));
                }
            }
            start = i + 1;
        }
        return new IngestBody<>(accepted, lines, rejected, read);
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
