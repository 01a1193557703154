package org.hydraguard.io;

import java.io.IOException;
import java.io.InputStream;

/** Records of one JSON Lines stream (plain or already inflated), one per non-blank line. */
final class JsonLinesFile<T> implements RecordSource<T> {
    private final String name;
    private final LineSplitter lines;
    private final JsonRecordParser<T> parser;
    private final Tally tally;
    private final Rejects rejects;
    private final int maxLineBytes;
    private boolean done;

    JsonLinesFile(String name, InputStream in, JsonRecordParser<T> parser, Tally tally, Rejects rejects, int maxLineBytes) {
        this.name = name;
        this.lines = new LineSplitter(in, maxLineBytes);
        this.parser = parser;
        this.tally = tally;
        this.rejects = rejects;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public T next() {
        while (!done) {
            try {
                if (!lines.next()) {
                    done = true;
                    return null;
                }
            } catch (IOException e) {
                done = true;
                brokenOff(e);
                return null;
            }
            if (lines.blank()) {
                continue;
            }
            tally.read++;
            tally.bytes += lines.length();
            long length = lines.oversizeLength();
            if (length >= 0) {
                byte[] head = lines.oversizeHead();
                reject(null, "line is " + length + " bytes, longer than the limit of " + maxLineBytes
                        + "; raise --max-line-bytes", Reject.raw(head, 0, head.length));
                continue;
            }
            byte[] buf = lines.buffer();
            int off = lines.start();
            int len = lines.length();
            int bad = lines.ascii() ? -1 : Utf8.firstInvalid(buf, off, len);
            if (bad >= 0) {
                reject(null, String.format("invalid UTF-8 at byte offset %d of the line (byte 0x%02X)", bad,
                        buf[off + bad] & 0xFF), Reject.raw(buf, off, len));
                continue;
            }
            try {
                T record = parser.parse(buf, off, len);
                tally.accepted++;
                return record;
            } catch (BadField b) {
                reject(b.field(), b.reason(), Reject.raw(buf, off, len));
            }
        }
        return null;
    }

    /** A stream that fails mid-way (gzip cut short, corrupt deflate data): the tail is one reject. */
    private void brokenOff(IOException e) {
        tally.read++;
        reject(null, "the file breaks off here and the rest cannot be read (" + e.getMessage()
                + "); was it cut short while copying?", lines.pending());
    }

    private void reject(String field, String reason, String raw) {
        tally.rejected++;
        rejects.add(new Reject(name, lines.lineNumber() + (done ? 1 : 0), field, reason, raw));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
