package org.hydraguard.core.link;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hydraguard.core.model.Evidence;
import org.hydraguard.core.profile.Codec;

/** Binary form of {@link Evidence} inside snapshots. */
public final class EvidenceCodec {
    private EvidenceCodec() {}

    public static void write(Evidence e, DataOutput out) throws IOException {
        out.writeUTF(e.signal());
        out.writeDouble(e.weight());
        out.writeUTF(e.detail());
        out.writeInt(e.examples().size());
        for (String x : e.examples()) {
            out.writeUTF(x);
        }
    }

    public static Evidence read(DataInput in) throws IOException {
        String signal = in.readUTF();
        double weight = in.readDouble();
        String detail = in.readUTF();
        int n = Codec.readCount(in, 1024, "evidence example");
        List<String> ex = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ex.add(in.readUTF());
        }
        return new Evidence(signal, weight, detail, ex);
    }
}
