package org.hydraguard.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An input stream whose bytes are read (and, for gzip, inflated) ahead on a daemon thread into a few
 * 256 KiB chunks, so that inflating overlaps parsing: inflating gzipped JSON Lines costs about as
 * much CPU as parsing them. Memory: {@link #CHUNKS} + 2 chunks. A read error of the underlying
 * stream (a gzip file cut short) is rethrown to the reader at the point where it happened.
 */
final class InflateAhead extends InputStream {
    private static final int CHUNK = 1 << 18;
    private static final int CHUNKS = 4;

    private record Chunk(byte[] bytes, int length, IOException failure) {}

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS);
    private final InputStream in;
    private final Thread thread;
    private volatile boolean closed;
    private Chunk current = new Chunk(new byte[0], 0, null);
    private int pos;
    private boolean end;

    InflateAhead(InputStream in, String name) {
        this.in = in;
        this.thread = new Thread(this::fill, "hydraguard-inflate-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void fill() {
        try {
            while (!closed) {
                byte[] b = new byte[CHUNK];
                int n = in.readNBytes(b, 0, CHUNK);
                hand(new Chunk(b, n, null));
                if (n < CHUNK) {
                    hand(new Chunk(b, -1, null));
                    return;
                }
            }
        } catch (IOException e) {
            hand(new Chunk(new byte[0], -1, e));
        }
    }

    private void hand(Chunk c) {
        try {
            while (!closed && !queue.offer(c, 50, TimeUnit.MILLISECONDS)) {
                // the parser is behind; wait unless closed
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (pos == current.length()) {
            if (end) {
                return -1;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for inflated input");
            }
            pos = 0;
            if (current.length() < 0) {
                end = true;
                if (current.failure() != null) {
                    throw current.failure();
                }
                return -1;
            }
        }
        int n = Math.min(len, current.length() - pos);
        System.arraycopy(current.bytes(), pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        queue.clear();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        in.close();
    }
}
