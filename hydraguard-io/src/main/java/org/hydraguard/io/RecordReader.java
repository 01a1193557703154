package org.hydraguard.io;

import java.io.Closeable;
import java.util.Iterator;

/**
 * The accepted records of one or more contract files, in order; everything else went to the
 * {@link Rejects} given when the reader was opened. {@link #next()} never returns null and bad
 * records never throw. {@link #hasNext()} throws {@link java.io.UncheckedIOException} only when a
 * file cannot be opened at all (for example, deleted while the run was going). Not thread-safe.
 * Close it to stop reading early; closing after the end is harmless.
 */
public interface RecordReader<T> extends Iterator<T>, Closeable {
    /**
     * The counts so far. With read-ahead they run ahead of the records handed out by up to one
     * batch; once {@link #hasNext()} returned false they are final and exact.
     */
    Reconciliation reconciliation();
}
