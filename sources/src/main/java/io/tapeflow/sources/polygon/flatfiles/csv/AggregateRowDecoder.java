package io.tapeflow.sources.polygon.flatfiles.csv;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.MarketEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Decodes {@code minute_aggs_v1} / {@code day_aggs_v1} rows (stocks and options): {@code ticker,volume,open,close,
 * high,low,window_start,transactions}, {@code window_start} in ns.
 *
 * <p>Day windows end at the next 00:00 America/New_York, so DST days are 23 or 25 hours long.
 */
public final class AggregateRowDecoder implements RowDecoder {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final String timeframe;
    private final TickerCache tickers = new TickerCache();
    private long lastDayStart = Long.MIN_VALUE;
    private long lastDayEnd;

    /** @param timeframe {@link Aggregate#MINUTE} or {@link Aggregate#DAY} */
    public AggregateRowDecoder(String timeframe) {
        if (!Aggregate.MINUTE.equals(timeframe) && !Aggregate.DAY.equals(timeframe)) {
            throw new IllegalArgumentException("flat-file aggregates are 1m or 1d, not " + timeframe);
        }
        this.timeframe = timeframe;
    }

    @Override
    public MarketEvent decode(CsvFields r) throws RowFormatException {
        byte[] b = r.buffer();
        if (r.isEmpty(0)) throw new RowFormatException("ticker is empty");
        Aggregate a = new Aggregate();
        a.ticker = tickers.ticker(r, 0);
        a.volume = Numbers.parseDecimal(b, r.start(1), r.end(1), "volume");
        a.open = Numbers.parseDecimal(b, r.start(2), r.end(2), "open");
        a.close = Numbers.parseDecimal(b, r.start(3), r.end(3), "close");
        a.high = Numbers.parseDecimal(b, r.start(4), r.end(4), "high");
        a.low = Numbers.parseDecimal(b, r.start(5), r.end(5), "low");
        long startNs = Numbers.parseLong(b, r.start(6), r.end(6), "window_start");
        a.trades = Numbers.parseLong(b, r.start(7), r.end(7), "transactions");
        a.startMs = Math.floorDiv(startNs, 1_000_000L);
        a.endMs = Aggregate.MINUTE.equals(timeframe) ? a.startMs + 60_000L : dayEnd(a.startMs);
        a.timeframe = timeframe;
        a.origin = ORIGIN;
        return MarketEvent.of(a);
    }

    private long dayEnd(long startMs) {
        // A day file holds one window_start for every row; compute the zone arithmetic once.
        if (startMs != lastDayStart) {
            ZonedDateTime start = Instant.ofEpochMilli(startMs).atZone(NEW_YORK);
            lastDayEnd = start.toLocalDate().plusDays(1).atStartOfDay(NEW_YORK).toInstant().toEpochMilli();
            lastDayStart = startMs;
        }
        return lastDayEnd;
    }
}
