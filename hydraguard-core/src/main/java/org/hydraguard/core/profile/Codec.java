package org.hydraguard.core.profile;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Small helpers of the versioned state codec shared by the state-holding packages. */
public final class Codec {
    private Codec() {}

    public static void writeNullable(DataOutput out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    public static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    /** Reads a count written by the codec, rejecting values no valid snapshot can hold. */
    public static int readCount(DataInput in, int max, String what) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) {
            throw new IOException("Possible corruption: " + what + " count must be between 0 and " + max + ": " + n);
        }
        return n;
    }
}
