package org.hydraguard.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens input files, and checks up front that each can be read, so a run fails before it starts. */
final class InputFiles {
    private static final int BUFFER = 1 << 16;

    private InputFiles() {}

    /**
     * Checks that {@code file} exists, is a readable regular file, has a known format and, when named
     * {@code .gz}, starts like gzip.
     *
     * @throws IOException whose message names the kind, the file and what is wrong with it
     */
    static FileFormat check(String kind, Path file, boolean csvAllowed) throws IOException {
        String what = "cannot read " + kind + " file '" + file + "': ";
        if (!Files.exists(file)) {
            throw new IOException(what + "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new IOException(what + "it is a directory; give the files in it");
        }
        if (!Files.isReadable(file)) {
            throw new IOException(what + "permission denied");
        }
        FileFormat format;
        try {
            format = FileFormat.of(file);
        } catch (IllegalArgumentException e) {
            throw new IOException(what + e.getMessage(), e);
        }
        if (format.csv() && !csvAllowed) {
            throw new IOException(what + kind + " are read from JSON Lines only (.jsonl or .jsonl.gz), not CSV");
        }
        if (format.gzip() && Files.size(file) > 0) {
            byte[] magic = new byte[2];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(magic, 0, 2);
            }
            if (n < 2 || (magic[0] & 0xFF) != 0x1F || (magic[1] & 0xFF) != 0x8B) {
                throw new IOException(what + "its name ends in .gz but it is not gzip (it starts with '"
                        + Reject.raw(magic, 0, n).replaceAll("\\p{Cntrl}", "?")
                        + "'); gzip it, or drop .gz from its name");
            }
        }
        return format;
    }

    /** The file's bytes, inflated if gzipped; an empty {@code .gz} file is an empty input. */
    static InputStream open(Path file, FileFormat format) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!format.gzip() || Files.size(file) == 0) {
            return in;
        }
        try {
            return new GZIPInputStream(in, BUFFER);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw new IOException("cannot read '" + file + "' as gzip: " + e.getMessage(), e);
        }
    }
}
