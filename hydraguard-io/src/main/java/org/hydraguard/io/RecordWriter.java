package org.hydraguard.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes contract records to one file, in the order given. Not thread-safe: one writer per thread.
 * {@link #close()} finishes the file (for {@code .gz}, the gzip trailer); a file whose writer was not
 * closed may be truncated.
 */
public interface RecordWriter<T> extends Closeable {
    void write(T record) throws IOException;
}
