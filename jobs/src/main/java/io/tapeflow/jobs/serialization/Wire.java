package io.tapeflow.jobs.serialization;

import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

import java.io.IOException;

/** Null-safe field encodings shared by the hand-written serializers (records and the semantics' events). */
public final class Wire {
    private Wire() {}

    public static void writeString(String s, DataOutputView out) throws IOException {
        StringValue.writeString(s, out); // encodes null too
    }

    public static String readString(DataInputView in) throws IOException {
        return StringValue.readString(in);
    }

    public static void writeInts(int[] values, DataOutputView out) throws IOException {
        if (values == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    public static int[] readInts(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        int[] values = new int[n];
        for (int k = 0; k < n; k++) {
            values[k] = in.readInt();
        }
        return values;
    }

    /** Arrays are mutable: a copy must not share them. */
    public static int[] copy(int[] values) {
        return values == null ? null : values.clone();
    }
}
