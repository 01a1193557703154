package org.hydraguard.io;

/**
 * The running counts of one reader, owned by the thread that reads (never shared while counting);
 * other threads see {@link #snapshot()}s handed over with the records.
 */
final class Tally {
    long read;
    long accepted;
    long rejected;
    long duplicates;
    /** Bytes of input lines read so far, to bound read-ahead batches by size as well as count. */
    long bytes;

    Reconciliation snapshot() {
        return new Reconciliation(read, accepted, rejected, duplicates);
    }
}
