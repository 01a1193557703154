package org.hydraguard.core.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * When each model was first seen in the stream, to tell traffic that chases a newly released model.
 * Models seen in the stream's first day are treated as established (the stream starting is not a
 * release). Bounded by the number of distinct model names.
 */
public final class ModelCalendar {
    private static final long DAY_MS = 86_400_000L;
    private static final long NEW_FOR_MS = 14 * DAY_MS;
    private static final int MAX_MODELS = 4096;
    private final Map<String, Long> firstSeen = new HashMap<>();
    private long streamStartMs = Long.MIN_VALUE;

    /** Notes the model and answers whether it counts as newly released at {@code tsMs}. */
    public boolean isNew(String model, long tsMs) {
        if (streamStartMs == Long.MIN_VALUE) {
            streamStartMs = tsMs;
        }
        Long first = firstSeen.get(model);
        if (first == null) {
            if (firstSeen.size() >= MAX_MODELS) {
                return false;
            }
            first = tsMs;
            firstSeen.put(model, first);
        }
        return first - streamStartMs > DAY_MS && tsMs - first <= NEW_FOR_MS;
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeLong(streamStartMs);
        Map<String, Long> sorted = new TreeMap<>(firstSeen);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Long> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeLong(e.getValue());
        }
    }

    public void readFrom(DataInput in) throws IOException {
        streamStartMs = in.readLong();
        int n = Codec.readCount(in, MAX_MODELS, "model");
        for (int i = 0; i < n; i++) {
            firstSeen.put(in.readUTF(), in.readLong());
        }
    }
}
