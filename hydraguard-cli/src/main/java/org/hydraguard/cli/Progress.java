package org.hydraguard.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A one-line progress indicator on stderr for long runs: {@code exchanges: 1,234,567 records, 245,000/s},
 * with a bar, percentage and time left when the caller knows how far along it is
 * ({@code simulate seed-2026 [########----------]  41%  4,512,000 records, 98,000/s, 1m 12s left}).
 * Shown only when stderr is a terminal ({@link System#console()} is present), so logs and pipes stay
 * clean; redrawn at most five times a second. {@link #tick()} is cheap enough to call per record: it
 * looks at the clock once every 1024 calls. Not thread-safe; one per reading loop.
 */
final class Progress implements AutoCloseable {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int CHECK_EVERY = 1024;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final String label;
    private final boolean shown;
    private final LongSupplier nanoClock;
    private final long start;
    private long count;
    private double done = -1;
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

    /** Tells how far along the work is (0-1) when the caller knows it; adds a bar and time left. */
    void done(double fraction) {
        this.done = Math.max(0, Math.min(1, fraction));
    }

    long count() {
        return count;
    }

    private void draw(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        String counts = String.format("%,d records, %,.0f/s", count, count / seconds);
        String line = done < 0 ? label + ": " + counts : label + " " + bar(done) + "  " + counts + left(done, seconds);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    private static String bar(double fraction) {
        int filled = (int) Math.round(fraction * BAR);
        return String.format("[%s%s] %3d%%", "#".repeat(filled), "-".repeat(BAR - filled), Math.round(100 * fraction));
    }

    private static String left(double fraction, double seconds) {
        if (fraction < 0.01) {
            return "";
        }
        long s = Math.round(seconds * (1 - fraction) / fraction);
        return s >= 60 ? String.format(", %dm %02ds left", s / 60, s % 60) : String.format(", %ds left", s);
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
