package org.hydraguard.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The records of several files one after the other, in the order given; one file open at a time. */
final class Concatenated<T> implements RecordSource<T> {
    /** Opens one file's records. */
    @FunctionalInterface
    interface Opener<T> {
        RecordSource<T> open(Path file) throws IOException;
    }

    private final List<Path> files;
    private final Opener<T> opener;
    private int nextFile;
    private RecordSource<T> current;

    Concatenated(List<Path> files, Opener<T> opener) {
        this.files = List.copyOf(files);
        this.opener = opener;
    }

    @Override
    public T next() throws IOException {
        while (true) {
            if (current == null) {
                if (nextFile == files.size()) {
                    return null;
                }
                current = opener.open(files.get(nextFile++));
            }
            T record = current.next();
            if (record != null) {
                return record;
            }
            current.close();
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
