package io.tapeflow.jobs.serialization;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Origin;
import io.tapeflow.sources.model.Quote;
import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * One-byte encodings of the string fields that take a few known values (origin, size unit, timeframe), for the
 * hand-written serializers: writing and reading "flatfile" on every record was a string copy and allocation each
 * way; the known values come back as the shared constants. Any other value still round-trips, after a marker byte.
 * Codes: 0 = null, k = {@code values[k]}, {@link #OTHER} = a {@link Wire} string follows. Stream edges only, like
 * {@link Wire}: the codes may change between releases.
 */
public final class KnownStrings {
    private static final String[] ORIGINS = originValues();
    private static final String[] SIZE_UNITS = {null, Quote.SHARES, Quote.ROUND_LOTS};
    private static final String[] TIMEFRAMES = {null, Aggregate.MINUTE, Aggregate.SECOND, Aggregate.DAY};
    private static final int OTHER = 255;

    private KnownStrings() {}

    /** A record's origin: one byte for the {@link Origin} values every source sets, any other string after a marker. */
    public static void writeOrigin(String origin, DataOutputView out) throws IOException {
        writeCoded(origin, ORIGINS, out);
    }

    public static String readOrigin(DataInputView in) throws IOException {
        return readCoded(ORIGINS, in);
    }

    /** A quote's size unit ({@link Quote#SHARES}, {@link Quote#ROUND_LOTS}, else a string), one byte for the known. */
    public static void writeSizeUnit(String unit, DataOutputView out) throws IOException {
        writeCoded(unit, SIZE_UNITS, out);
    }

    public static String readSizeUnit(DataInputView in) throws IOException {
        return readCoded(SIZE_UNITS, in);
    }

    /** An aggregate's timeframe ({@link Aggregate#MINUTE} and the other constants, else a string). */
    public static void writeTimeframe(String timeframe, DataOutputView out) throws IOException {
        writeCoded(timeframe, TIMEFRAMES, out);
    }

    public static String readTimeframe(DataInputView in) throws IOException {
        return readCoded(TIMEFRAMES, in);
    }

    private static void writeCoded(String s, String[] values, DataOutputView out) throws IOException {
        if (s == null) {
            out.writeByte(0);
            return;
        }
        for (int code = 1; code < values.length; code++) {
            if (values[code].equals(s)) {
                out.writeByte(code);
                return;
            }
        }
        out.writeByte(OTHER);
        Wire.writeString(s, out);
    }

    /** The known values come back as the shared constants: no string to allocate per record. */
    private static String readCoded(String[] values, DataInputView in) throws IOException {
        int code = in.readUnsignedByte();
        if (code == OTHER) return Wire.readString(in);
        if (code >= values.length) throw new IOException("unknown code " + code + " for one of " + values.length);
        return values[code];
    }

    private static String[] originValues() {
        Origin[] origins = Origin.values();
        String[] values = new String[origins.length + 1];
        for (Origin o : origins) {
            values[o.ordinal() + 1] = o.value();
        }
        return values;
    }
}
