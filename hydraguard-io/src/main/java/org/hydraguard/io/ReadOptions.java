package org.hydraguard.io;

import java.time.Duration;

/**
 * How readers read.
 *
 * @param maxLineBytes a longer line (or CSV cell) is rejected and skipped without being buffered
 *     whole; memory per open file is at most about this much (default 8 MiB)
 * @param duplicateWindow how far apart in event time two copies of an exchange id may be and still be
 *     caught as duplicates (default 24 h; see {@link DuplicateWindow})
 * @param threads how many threads read besides the caller's: 0 reads on the caller's thread; 1 (the
 *     default) reads, inflates and parses on one background thread and hands over batches of records
 *     through a small bounded queue, so the caller's work overlaps the reading; 2 also inflates
 *     gzipped files on a thread of its own (worth it when the caller leaves a core idle: inflating
 *     costs about as much as parsing)
 */
public record ReadOptions(int maxLineBytes, Duration duplicateWindow, int threads) {
    public static final int DEFAULT_MAX_LINE_BYTES = 8 << 20;

    public ReadOptions {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("max line bytes must be at least 1: " + maxLineBytes);
        }
        if (threads < 0 || threads > 2) {
            throw new IllegalArgumentException("reading threads must be 0, 1 or 2: " + threads);
        }
        if (duplicateWindow == null || duplicateWindow.toMillis() < 1) {
            throw new IllegalArgumentException("the duplicate window must be at least 1 ms: " + duplicateWindow);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_LINE_BYTES, Duration.ofHours(24), 1);
    }

    public ReadOptions withMaxLineBytes(int bytes) {
        return new ReadOptions(bytes, duplicateWindow, threads);
    }

    public ReadOptions withDuplicateWindow(Duration window) {
        return new ReadOptions(maxLineBytes, window, threads);
    }

    public ReadOptions withThreads(int count) {
        return new ReadOptions(maxLineBytes, duplicateWindow, count);
    }
}
