package io.tapeflow.jobs.enrich;

import io.tapeflow.jobs.time.TradingCalendar;
import io.tapeflow.sources.model.Trade;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * Cheap pre-filter chained to the router: passes a ticker's first trade of each Eastern day as a lookup request and
 * drops the millions of others without a shuffle. Deliberately not state (a restart re-sends each ticker once; the
 * keyed {@link TickerDayDedup} drops those), so it costs one map lookup per trade and no allocation.
 */
public class FirstTickerOfDay extends RichFlatMapFunction<Trade, TickerRequest> {
    private static final long serialVersionUID = 1L;
    /** Bounds the map against an unbounded ticker universe (e.g. a bad feed); clearing only costs repeat requests. */
    private static final int MAX_TICKERS = 100_000;
    private transient Map<String, long[]> dayOf;

    @Override
    public void open(OpenContext openContext) {
        dayOf = new HashMap<>();
    }

    @Override
    public void flatMap(Trade t, Collector<TickerRequest> out) {
        if (t.ticker == null) return;
        long ms = t.eventTimeMillis();
        long[] day = dayOf.get(t.ticker);
        if (day != null && ms >= day[0] && ms < day[1]) return;
        if (day != null && ms < day[0]) return; // a straggler from an earlier day: looked up already or not needed
        if (dayOf.size() >= MAX_TICKERS) dayOf.clear();
        dayOf.put(t.ticker, new long[] {TradingCalendar.dayStartMs(ms), TradingCalendar.dayEndMs(ms)});
        out.collect(TickerRequest.of(t.ticker, TradingCalendar.tradingDay(ms)));
    }
}
