package io.tapeflow.jobs.enrich;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Keyed by ticker: lets one lookup request per ticker and trading day through, surviving restarts (state). */
public class TickerDayDedup extends KeyedProcessFunction<String, TickerRequest, TickerRequest> {
    private static final long serialVersionUID = 1L;
    /** State name: savepoints map state by it, never rename. */
    public static final String LAST_DAY_STATE = "ticker-details-last-day";
    private transient ValueState<String> lastDay;

    @Override
    public void open(OpenContext openContext) {
        lastDay = getRuntimeContext().getState(new ValueStateDescriptor<>(LAST_DAY_STATE, Types.STRING));
    }

    @Override
    public void processElement(TickerRequest r, Context ctx, Collector<TickerRequest> out) throws Exception {
        String last = lastDay.value();
        // days are ISO dates, so string order is time order; an earlier day is a straggler
        if (r.day == null || (last != null && r.day.compareTo(last) <= 0)) return;
        lastDay.update(r.day);
        out.collect(r);
    }
}
