package org.hydraguard.server;

import java.util.ArrayList;
import java.util.List;
import org.hydraguard.io.InvalidRecordException;
import org.hydraguard.io.RecordParser;

/**
 * A JSON Lines request body taken apart: the records that passed the contract's checks, and for every
 * other line its number, field and reason. A bad line never costs the good ones beside it.
 */
record IngestBody<T>(List<T> accepted, List<Rejected> rejected, int read) {

    /** One line that was set aside, as the client gets it back. */
    record Rejected(int line, String field, String reason) {}

    static <T> IngestBody<T> parse(byte[] body, RecordParser<T> parser) {
        List<T> accepted = new ArrayList<>();
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
                } catch (InvalidRecordException e) {
                    rejected.add(new Rejected(line, e.field(), e.reason()));
                }
            }
            start = i + 1;
        }
        return new IngestBody<>(accepted, rejected, read);
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
