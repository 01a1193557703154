package org.hydraguard.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at {@code '\n'} (a preceding {@code '\r'} is dropped), without
 * decoding. Memory: one buffer that grows to at most {@code maxLineBytes + 1} bytes, kept for the
 * rest of the stream. A line longer than the limit is not buffered whole: it is skipped to its end
 * and reported with its length and its first {@link Reject#MAX_RECORD_CHARS} bytes. A UTF-8 byte
 * order mark at the start is skipped. Line numbers are 1-based and count every line, blank or not.
 */
final class LineSplitter implements Closeable {
    private static final int INITIAL = 1 << 16;

    private final InputStream in;
    private final int maxLineBytes;
    private byte[] buf = new byte[INITIAL];
    private int pos;
    private int lim;
    private boolean eof;
    private boolean started;
    private long lineNumber;

    private int lineStart;
    private int lineLength;
    private long oversizeLength = -1;
    private byte[] oversizeHead;
    /** The bytes of the current line scanned so far, OR-ed: whether any was not ASCII. */
    private long orOfLine;

    LineSplitter(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("the line limit must be at least 1 byte: " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Advances to the next line; false at the end of the stream. Read errors propagate (gzip cut short). */
    boolean next() throws IOException {
        oversizeLength = -1;
        if (!started) {
            started = true;
            fillAtLeast(3);
            if (lim - pos >= 3 && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
                pos += 3;
            }
        }
        int scan = pos;
        orOfLine = 0;
        while (true) {
            int nl = scanLine(scan, lim);
            if (nl >= 0) {
                if (nl - pos > maxLineBytes) {
                    // a small limit can be below the buffer size, so a whole too-long line can be here
                    oversizeHead = java.util.Arrays.copyOfRange(buf, pos, pos + Math.min(nl - pos, Reject.MAX_RECORD_CHARS));
                    oversizeLength = nl - pos;
                    pos = nl + 1;
                    lineNumber++;
                    lineLength = 0;
                    return true;
                }
                endLine(pos, nl - pos, nl + 1);
                return true;
            }
            if (lim - pos > maxLineBytes) {
                skipOversizeLine();
                return true;
            }
            if (eof) {
                if (lim > pos) {  // the last line, without a final newline
                    endLine(pos, lim - pos, lim);
                    return true;
                }
                return false;
            }
            scan = lim - pos;
            compactAndRead();
            scan += pos;
        }
    }

    private void endLine(int start, int length, int nextPos) {
        if (length > 0 && buf[start + length - 1] == '\r') {
            length--;
        }
        lineStart = start;
        lineLength = length;
        pos = nextPos;
        lineNumber++;
    }

    private void skipOversizeLine() throws IOException {
        long length = lim - pos;
        oversizeHead = java.util.Arrays.copyOfRange(buf, pos, pos + Math.min(lim - pos, Reject.MAX_RECORD_CHARS));
        pos = lim;
        while (true) {
            if (pos == lim) {
                if (eof) {
                    break;
                }
                pos = 0;
                lim = 0;
                read();
                continue;
            }
            int nl = scanLine(pos, lim);
            if (nl >= 0) {
                length += nl - pos;
                pos = nl + 1;
                break;
            }
            length += lim - pos;
            pos = lim;
        }
        lineNumber++;
        oversizeLength = length;
        lineStart = 0;
        lineLength = 0;
    }

    private void compactAndRead() throws IOException {
        int have = lim - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, have);
            pos = 0;
            lim = have;
        }
        if (lim == buf.length) {
            int grown = (int) Math.min((long) buf.length * 2, (long) maxLineBytes + 1);
            buf = java.util.Arrays.copyOf(buf, Math.max(grown, lim + 1));
        }
        read();
    }

    private void read() throws IOException {
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
            eof = true;
        } else {
            lim += n;
        }
    }

    private void fillAtLeast(int bytes) throws IOException {
        while (!eof && lim - pos < bytes) {
            read();
        }
    }

    /**
     * The index of the first {@code '\n'} in {@code buf[from, to)}, or -1, noting on the way whether
     * any byte before it is not ASCII: one pass finds the line and tells whether it needs UTF-8
     * validation at all, which most lines (plain ASCII) do not. (While an over-long line is skipped,
     * the note is moot: that line is rejected whole, and the next line starts a new one.)
     */
    private int scanLine(int from, int to) {
        byte[] b = buf;
        long or = 0;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long w = Bytes.word(b, i);
            long zero = Bytes.zeroBytes(w ^ Bytes.NEWLINES);
            if (zero != 0) {
                int before = Bytes.firstFlagged(zero);
                orOfLine |= or | (before == 0 ? 0 : w & (-1L >>> (64 - 8 * before)));
                return i + before;
            }
            or |= w;
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                orOfLine |= or;
                return i;
            }
            or |= b[i] & 0x80;
        }
        orOfLine |= or;
        return -1;
    }

    /** Whether every byte of the current line is ASCII (so valid UTF-8 without further checks). */
    boolean ascii() {
        return !Bytes.anyHigh(orOfLine);
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** The full length of the current line if it was longer than the limit (and skipped), else -1. */
    long oversizeLength() {
        return oversizeLength;
    }

    /** The first bytes of the skipped over-long line. */
    byte[] oversizeHead() {
        return oversizeHead;
    }

    /** The bytes after the last complete line, for reporting a stream that broke off mid-line. */
    String pending() {
        return Reject.raw(buf, pos, lim - pos);
    }

    /** Whether the current line is blank (only spaces and tabs), which readers skip without counting. */
    boolean blank() {
        for (int i = lineStart, end = lineStart + lineLength; i < end; i++) {
            byte c = buf[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return oversizeLength < 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
