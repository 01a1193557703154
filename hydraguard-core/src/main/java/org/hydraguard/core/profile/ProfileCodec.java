package org.hydraguard.core.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Field-by-field binary form of a {@link SubjectProfile}; the engine's snapshot versions the whole. */
final class ProfileCodec {
    private ProfileCodec() {}

    static void write(SubjectProfile p, DataOutput out) throws IOException {
        out.writeInt(p.index);
        out.writeUTF(p.accountId);
        Codec.writeNullable(out, p.endUserId);
        Codec.writeNullable(out, p.orgId);
        out.writeBoolean(p.facts != null);
        if (p.facts != null) {
            p.facts.writeTo(out);
        }
        out.writeLong(p.firstMs);
        out.writeLong(p.lastMs);
        out.writeInt(p.exchanges);
        out.writeLong(p.inputTokens);
        out.writeLong(p.outputTokens);
        out.writeDouble(p.reasoningSum);
        out.writeDouble(p.taskSum);
        out.writeDouble(p.outputSeekingSum);
        for (int c : p.capabilities) {
            out.writeInt(c);
        }
        out.writeInt(p.singleTurn);
        out.writeInt(p.toolUse);
        out.writeInt(p.newModel);
        out.writeInt(p.proxied);
        out.writeLong(p.ipBits);
        out.writeLong(p.clientBits);
        for (long b : p.promptBloom) {
            out.writeLong(b);
        }
        out.writeInt(p.repeats);
        out.writeFloat(p.falseRepeats);
        out.writeInt(p.hourOfDayMask);
        out.writeLong(p.slotBits);
        out.writeInt(p.lastSlot);
        out.writeInt(p.gaps);
        out.writeDouble(p.gapMean);
        out.writeDouble(p.gapM2);
        p.templates.writeTo(out);
        for (long j : p.joined) {
            out.writeLong(j);
        }
        p.trail.writeTo(out);
        p.decision.writeTo(out);
        Codec.writeNullable(out, p.lastExampleId);
    }

    /** @param templateSlots template counters per subject in the snapshot being read */
    static SubjectProfile read(DataInput in, int templateSlots) throws IOException {
        SubjectProfile p = new SubjectProfile(in.readInt(), in.readUTF(), Codec.readNullable(in));
        p.orgId = Codec.readNullable(in);
        if (in.readBoolean()) {
            p.facts = AccountFacts.readFrom(in);
        }
        p.firstMs = in.readLong();
        p.lastMs = in.readLong();
        p.exchanges = in.readInt();
        p.inputTokens = in.readLong();
        p.outputTokens = in.readLong();
        p.reasoningSum = in.readDouble();
        p.taskSum = in.readDouble();
        p.outputSeekingSum = in.readDouble();
        for (int i = 0; i < p.capabilities.length; i++) {
            p.capabilities[i] = in.readInt();
        }
        p.singleTurn = in.readInt();
        p.toolUse = in.readInt();
        p.newModel = in.readInt();
        p.proxied = in.readInt();
        p.ipBits = in.readLong();
        p.clientBits = in.readLong();
        for (int i = 0; i < p.promptBloom.length; i++) {
            p.promptBloom[i] = in.readLong();
        }
        p.repeats = in.readInt();
        p.falseRepeats = in.readFloat();
        p.hourOfDayMask = in.readInt();
        p.slotBits = in.readLong();
        p.lastSlot = in.readInt();
        p.gaps = in.readInt();
        p.gapMean = in.readDouble();
        p.gapM2 = in.readDouble();
        p.templates.readFrom(in, templateSlots);
        for (int i = 0; i < p.joined.length; i++) {
            p.joined[i] = in.readLong();
        }
        p.trail.readFrom(in);
        p.decision.readFrom(in);
        p.lastExampleId = Codec.readNullable(in);
        return p;
    }
}
