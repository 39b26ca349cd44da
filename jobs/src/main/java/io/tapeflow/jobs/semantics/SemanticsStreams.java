package io.tapeflow.jobs.semantics;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.sources.model.Reject;
import org.apache.flink.streaming.api.datastream.DataStream;

/** The outputs of {@link MarketSemantics}: bars (all timeframes, every revision), halts (every revision), rejects. */
public final class SemanticsStreams {
    private final DataStream<Bar> bars;
    private final DataStream<Halt> halts;
    private final DataStream<Reject> rejects;

    SemanticsStreams(DataStream<Bar> bars, DataStream<Halt> halts, DataStream<Reject> rejects) {
        this.bars = bars;
        this.halts = halts;
        this.rejects = rejects;
    }

    public DataStream<Bar> bars() {
        return bars;
    }

    public DataStream<Halt> halts() {
        return halts;
    }

    /** Trades (and minute aggregates) too late for their bar, origin {@code pipeline}. */
    public DataStream<Reject> rejects() {
        return rejects;
    }
}
