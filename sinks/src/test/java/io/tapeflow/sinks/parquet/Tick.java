package io.tapeflow.sinks.parquet;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

import java.util.Arrays;

/** A small Flink POJO standing in for a dataset record in the generic sink tests. */
public class Tick {
    public static final Schema SCHEMA = SchemaBuilder.record("ticks").namespace("io.tapeflow.test").fields()
            .optionalString("ticker")
            .requiredLong("ts_ms")
            .requiredDouble("price")
            .name("codes").type().array().items().intType().noDefault()
            .optionalString("note")
            .endRecord();

    public String ticker;
    public long tsMs;
    public double price;
    public int[] codes = new int[0];
    public String note;

    public Tick() {}

    public static Tick of(String ticker, long tsMs, double price, String note, int... codes) {
        Tick t = new Tick();
        t.ticker = ticker;
        t.tsMs = tsMs;
        t.price = price;
        t.note = note;
        t.codes = codes;
        return t;
    }

    public static GenericRecord toAvro(Tick t) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("ticker", t.ticker);
        r.put("ts_ms", t.tsMs);
        r.put("price", t.price);
        r.put("codes", Arrays.stream(t.codes).boxed().toList());
        r.put("note", t.note);
        return r;
    }

    public static String day(Tick t) {
        return EasternTradingDay.ofEpochMillis(t.tsMs);
    }
}
