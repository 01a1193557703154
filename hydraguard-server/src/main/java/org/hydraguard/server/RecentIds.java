package org.hydraguard.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hydraguard.core.model.Exchange;

/**
 * Exchange ids already taken in, so that a client retrying a batch is counted once (ingest is
 * idempotent on {@code id}). Bounded: the oldest ids are forgotten past {@code capacity}, which covers
 * retries and replays of recent batches; memory is about 100 bytes per remembered id.
 */
final class RecentIds {
    private final Map<String, Boolean> ids;

    RecentIds(int capacity) {
        this.ids = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Marks the batch's new ids as taken and returns those exchanges; the rest are duplicates. */
    synchronized List<Exchange> claim(List<Exchange> batch) {
        List<Exchange> fresh = new ArrayList<>(batch.size());
        for (Exchange e : batch) {
            if (ids.putIfAbsent(e.id(), Boolean.TRUE) == null) {
                fresh.add(e);
            }
        }
        return fresh;
    }

    /** Gives claimed ids back when their batch could not be taken in after all (queue full). */
    synchronized void release(List<Exchange> batch) {
        for (Exchange e : batch) {
            ids.remove(e.id());
        }
    }
}
