package org.hydraguard.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress indicator on stderr for long reads: {@code exchanges: 1,234,567 records, 245,000/s}.
 * Shown only when stderr is a terminal ({@link System#console()} is present), so logs and pipes stay
 * clean; redrawn at most five times a second. {@link #tick()} is cheap enough to call per record: it
 * looks at the clock once every 1024 calls. Not thread-safe; one per reading loop.
 */
final class Progress implements AutoCloseable {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int CHECK_EVERY = 1024;

    private final PrintWriter err;
    private final String label;
    private final boolean shown;
    private final LongSupplier nanoClock;
    private final long start;
    private long count;
    private long lastDraw;
    private int width;

    Progress(PrintWriter err, String label, boolean shown, LongSupplier nanoClock) {
        this.err = err;
        this.label = label;
        this.shown = shown;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastDraw = start;
    }

    /** Progress for {@code label}, drawn on {@code err} only when the process runs in a terminal. */
    static Progress start(PrintWriter err, String label) {
        return new Progress(err, label, System.console() != null, System::nanoTime);
    }

    void tick() {
        if (++count % CHECK_EVERY == 0 && shown) {
            long now = nanoClock.getAsLong();
            if (now - lastDraw >= REDRAW_NANOS) {
                lastDraw = now;
                draw(now);
            }
        }
    }

    long count() {
        return count;
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        String line = String.format("%s: %,d records, %,.0f/s", label, count, count / seconds);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** Clears the line, so the next output starts clean. */
    @Override
    public void close() {
        if (shown && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }
}
