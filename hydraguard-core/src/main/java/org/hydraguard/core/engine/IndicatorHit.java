package org.hydraguard.core.engine;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** The strongest indicator a subject matched: kept sparsely, only for subjects that matched one. */
record IndicatorHit(String actor, int confidence, String type, String value, String exampleId) {
    void writeTo(DataOutput out) throws IOException {
        out.writeUTF(actor);
        out.writeInt(confidence);
        out.writeUTF(type);
        out.writeUTF(value);
        out.writeUTF(exampleId);
    }

    static IndicatorHit readFrom(DataInput in) throws IOException {
        return new IndicatorHit(in.readUTF(), in.readInt(), in.readUTF(), in.readUTF(), in.readUTF());
    }
}
