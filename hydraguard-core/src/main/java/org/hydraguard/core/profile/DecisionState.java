package org.hydraguard.core.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.hydraguard.core.model.Action;

/** The decision currently in force for a subject: what the engine last emitted, and until when. */
public final class DecisionState {
    public Action action = Action.ALLOW;
    public double score;
    public String campaignId;
    public long decidedMs;
    /** Long.MAX_VALUE when the decision does not expire. */
    public long expiresMs = Long.MAX_VALUE;

    public boolean inForce(long nowMs) {
        return action != Action.ALLOW && nowMs <= expiresMs;
    }

    void writeTo(DataOutput out) throws IOException {
        out.writeByte(action.ordinal());
        out.writeDouble(score);
        Codec.writeNullable(out, campaignId);
        out.writeLong(decidedMs);
        out.writeLong(expiresMs);
    }

    void readFrom(DataInput in) throws IOException {
        int a = in.readByte();
        if (a < 0 || a >= Action.values().length) {
            throw new IOException("Possible corruption: action ordinal must be between 0 and "
                    + (Action.values().length - 1) + ": " + a);
        }
        action = Action.values()[a];
        score = in.readDouble();
        campaignId = Codec.readNullable(in);
        decidedMs = in.readLong();
        expiresMs = in.readLong();
    }
}
