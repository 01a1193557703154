package org.hydraguard.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** The format of a contract file, chosen by its name; the one place file names are interpreted. */
enum FileFormat {
    JSONL(false), JSONL_GZ(true), CSV(false), CSV_GZ(true);

    private static final int BUFFER = 1 << 16;
    private final boolean gzip;

    FileFormat(boolean gzip) {
        this.gzip = gzip;
    }

    boolean gzip() {
        return gzip;
    }

    boolean csv() {
        return this == CSV || this == CSV_GZ;
    }

    static FileFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".jsonl.gz") || name.endsWith(".json.gz") || name.endsWith(".ndjson.gz")) {
            return JSONL_GZ;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".csv.gz")) {
            return CSV_GZ;
        }
        throw new IllegalArgumentException("cannot tell the format of '" + file
                + "' from its name; expected a name ending in .jsonl, .jsonl.gz, .csv or .csv.gz");
    }

    /** Creates (or truncates) {@code file}, gzipping at the fastest level when the format is gzipped. */
    OutputStream create(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        try {
            return gzip ? new FastGzipOutputStream(out) : new BufferedOutputStream(out, BUFFER);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /**
     * Gzip at {@link Deflater#BEST_SPEED}: about 3-4 times faster than the default level for JSON
     * Lines of prompt text while compressing within ~15% of it, and writing must keep up with the
     * simulator.
     */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(new BufferedOutputStream(out, BUFFER), BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
