package io.tapeflow.jobs.enrich;

import io.tapeflow.jobs.time.TradingCalendar;
import io.tapeflow.sources.model.Gap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Names the tickers a gap is repaired for. A feed subscribed to {@code *} says nothing about which tickers it lost,
 * so those gaps are repaired for the tickers seen trading on the gap's trading day (the ticker-details requests,
 * one per ticker and day, broadcast here); other gaps keep their own list.
 */
public class GapTickers extends BroadcastProcessFunction<Gap, TickerRequest, GapRepairRequest> {
    private static final long serialVersionUID = 1L;
    /** Broadcast state: ticker to the last trading day it was seen. Never rename (savepoints). */
    public static final MapStateDescriptor<String, String> SEEN =
            new MapStateDescriptor<>("gap-tickers-seen", Types.STRING, Types.STRING);

    @Override
    public void processElement(Gap gap, ReadOnlyContext ctx, Collector<GapRepairRequest> out) throws Exception {
        String[] own = gap.tickers == null ? new String[0] : gap.tickers;
        if (!Arrays.asList(own).contains("*")) {
            out.collect(GapRepairRequest.of(gap, own));
            return;
        }
        String firstDay = TradingCalendar.tradingDay(Math.floorDiv(gap.startTs, 1_000_000L));
        String lastDay = TradingCalendar.tradingDay(Math.floorDiv(gap.endTs, 1_000_000L));
        List<String> seen = new ArrayList<>();
        ReadOnlyBroadcastState<String, String> state = ctx.getBroadcastState(SEEN);
        for (Map.Entry<String, String> e : state.immutableEntries()) {
            if (e.getValue().equals(firstDay) || e.getValue().equals(lastDay)) seen.add(e.getKey());
        }
        seen.sort(null); // a stable order, so a cap keeps the same names on every subtask
        out.collect(GapRepairRequest.of(gap, seen.toArray(new String[0])));
    }

    @Override
    public void processBroadcastElement(TickerRequest r, Context ctx, Collector<GapRepairRequest> out) throws Exception {
        BroadcastState<String, String> state = ctx.getBroadcastState(SEEN);
        String last = state.get(r.ticker);
        if (last == null || r.day.compareTo(last) > 0) state.put(r.ticker, r.day);
    }
}
