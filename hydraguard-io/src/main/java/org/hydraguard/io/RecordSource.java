package org.hydraguard.io;

import java.io.Closeable;
import java.io.IOException;

/**
 * The reading side of a reader, run on one thread: yields accepted records in order and counts and
 * reports everything else itself. Internal, so it may use {@code null} for the end of input.
 */
interface RecordSource<T> extends Closeable {
    /** The next accepted record, or null when the input is exhausted. */
    T next() throws IOException;
}
