package io.tapeflow.jobs.mapping;

import io.tapeflow.sinks.parquet.EasternTradingDay;
import io.tapeflow.sources.model.Luld;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** The {@code luld} dataset: one row per LULD band message, Parquet only. */
public final class LuldMapping {
    public static final Schema SCHEMA = new RecordSchema("luld", "One Limit Up-Limit Down band message.")
            .string("ticker", "Ticker symbol.")
            .longs("ts", "Message time, UTC epoch nanoseconds (the event time).")
            .doubles("upper", "Upper price band.")
            .doubles("lower", "Lower price band.")
            .intList("indicators", "LULD indicator codes (PROTOCOL.md section 3.1).")
            .ints("tape", "Tape: 1 = A, 2 = B, 3 = C.")
            .longs("sequence", "Sequence number.")
            .string("origin", "ws, flatfile or rest.")
            .build();

    private LuldMapping() {}

    public static GenericRecord toAvro(Luld l) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("ticker", l.ticker);
        r.put("ts", l.ts);
        r.put("upper", l.upper);
        r.put("lower", l.lower);
        r.put("indicators", Values.intList(l.indicators));
        r.put("tape", l.tape);
        r.put("sequence", l.sequence);
        r.put("origin", l.origin);
        return r;
    }

    public static String day(Luld l) {
        return EasternTradingDay.ofEpochNanos(l.ts);
    }
}
