package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.TickerDetails;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Ticker details on the main output, failed lookups on {@link #REJECTS}. */
public class TickerLookupSplit extends ProcessFunction<TickerLookup, TickerDetails> {
    private static final long serialVersionUID = 1L;
    public static final OutputTag<Reject> REJECTS =
            new OutputTag<>("ticker-lookup-rejects", TypeInformation.of(Reject.class));

    @Override
    public void processElement(TickerLookup l, Context ctx, Collector<TickerDetails> out) {
        if (l.details != null) out.collect(l.details);
        if (l.reject != null) ctx.output(REJECTS, l.reject);
    }
}
