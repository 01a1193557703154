package org.hydraguard.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where rejected records go: one JSON line {@code {"file","line","field","reason","record"}} each,
 * in the order they were found. The file is created at the first reject only, so a clean run leaves
 * no empty rejects file. The first {@link #KEPT} rejects are also kept in memory for display. Safe
 * to use from several threads (readers report from their reading thread).
 */
public final class Rejects implements Closeable {
    /** How many rejects are kept in memory for {@link #first()}. */
    public static final int KEPT = 100;

    private final Path file;
    private final List<Reject> first = new ArrayList<>();
    private JsonGenerator out;
    private long count;
    private boolean closed;

    private Rejects(Path file) {
        this.file = file;
    }

    /** Writes rejects to {@code file}, created (or truncated) at the first reject. */
    public static Rejects toFile(Path file) {
        return new Rejects(file);
    }

    /** Counts rejects and keeps the first {@link #KEPT}; writes nothing. */
    public static Rejects inMemory() {
        return new Rejects(null);
    }

    public synchronized void add(Reject reject) {
        count++;
        if (first.size() < KEPT) {
            first.add(reject);
        }
        if (file == null) {
            return;
        }
        if (closed) {
            throw new IllegalStateException("rejects file " + file + " is already closed");
        }
        try {
            if (out == null) {
                out = new JsonFactory().createGenerator(
                        new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), JsonEncoding.UTF8);
                out.setRootValueSeparator(null);
            }
            out.writeStartObject();
            out.writeStringField("file", reject.file());
            out.writeNumberField("line", reject.line());
            out.writeStringField("field", reject.field());
            out.writeStringField("reason", reject.reason());
            out.writeStringField("record", reject.record());
            out.writeEndObject();
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized long count() {
        return count;
    }

    /** The first rejects (up to {@link #KEPT}), in the order found. */
    public synchronized List<Reject> first() {
        return List.copyOf(first);
    }

    /** The rejects file, if one was written. */
    public synchronized Optional<Path> file() {
        return out == null ? Optional.empty() : Optional.of(file);
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (out != null) {
            out.close();
        }
    }
}
