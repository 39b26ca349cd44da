package io.tapeflow.jobs.mapping;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.sinks.parquet.EasternTradingDay;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.bson.BsonDocument;
import org.bson.BsonDouble;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonString;

/** The {@code bars} dataset: Parquet changelog (one row per revision) and MongoDB latest-wins by {@code _id}. */
public final class BarMapping {
    public static final Schema SCHEMA = new RecordSchema("bars",
            "One version of an OHLCV bar; key ticker:timeframe:start, the highest revision is current.")
            .string("ticker", "Ticker symbol.")
            .string("timeframe", "1m, 5m, 15m, 1h or 1d.")
            .longs("start", "Window start, UTC epoch milliseconds (inclusive).")
            .longs("end", "Window end, UTC epoch milliseconds (exclusive).")
            .doubles("open", "First eligible trade price.")
            .doubles("high", "Highest eligible trade price.")
            .doubles("low", "Lowest eligible trade price.")
            .doubles("close", "Last eligible trade price.")
            .doubles("volume", "Shares traded by volume-eligible trades.")
            .doubles("vwap", "Volume-weighted average price of volume-eligible trades.")
            .longs("trades", "Number of volume-eligible trades.")
            .doubles("day_volume", "Cumulative volume of the trading day up to the bar's end.")
            .doubles("day_vwap", "VWAP of the trading day up to the bar's end.")
            .optionalDouble("rvol", "Relative volume; null until a baseline exists.")
            .string("trading_day", "America/New_York trading day, YYYY-MM-DD.")
            .revision()
            .build();

    private BarMapping() {}

    public static GenericRecord toAvro(Bar b) {
        GenericData.Record r = new GenericData.Record(SCHEMA);
        r.put("ticker", b.ticker);
        r.put("timeframe", b.timeframe);
        r.put("start", b.start);
        r.put("end", b.end);
        r.put("open", b.open);
        r.put("high", b.high);
        r.put("low", b.low);
        r.put("close", b.close);
        r.put("volume", b.volume);
        r.put("vwap", b.vwap);
        r.put("trades", b.trades);
        r.put("day_volume", b.dayVolume);
        r.put("day_vwap", b.dayVwap);
        r.put("rvol", b.rvol);
        r.put("trading_day", b.tradingDay);
        r.put("revision", b.revision);
        return r;
    }

    /** {@code _id} = {@code ticker:timeframe:start}; the other fields as in Parquet. */
    public static BsonDocument toBson(Bar b) {
        return new BsonDocument("_id", new BsonString(b.id()))
                .append("ticker", Values.bson(b.ticker))
                .append("timeframe", Values.bson(b.timeframe))
                .append("start", new BsonInt64(b.start))
                .append("end", new BsonInt64(b.end))
                .append("open", new BsonDouble(b.open))
                .append("high", new BsonDouble(b.high))
                .append("low", new BsonDouble(b.low))
                .append("close", new BsonDouble(b.close))
                .append("volume", new BsonDouble(b.volume))
                .append("vwap", new BsonDouble(b.vwap))
                .append("trades", new BsonInt64(b.trades))
                .append("day_volume", new BsonDouble(b.dayVolume))
                .append("day_vwap", new BsonDouble(b.dayVwap))
                .append("rvol", Values.bson(b.rvol))
                .append("trading_day", Values.bson(b.tradingDay))
                .append("revision", new BsonInt32(b.revision));
    }

    public static String id(Bar b) {
        return b.id();
    }

    /** Partition day: the bar's trading day, or the Eastern day of its start when unset. */
    public static String day(Bar b) {
        return b.tradingDay != null ? b.tradingDay : EasternTradingDay.ofEpochMillis(b.start);
    }
}
