package io.tapeflow.jobs.operators.bars;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import io.tapeflow.sources.model.Reject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Shared fixtures for the bar builder harness tests (ticker XYZ on a DST Tuesday). */
abstract class BarBuilderTestBase {
    protected final Market m = new Market("XYZ");

    protected KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> harness(SemanticsOptions o)
            throws Exception {
        return Harnesses.open(new BarBuilder(o));
    }

    protected List<Bar> run(List<TickerEvent> events, long watermarkMs) throws Exception {
        return run(new SemanticsOptions(), events, watermarkMs);
    }

    protected List<Bar> run(SemanticsOptions o, List<TickerEvent> events, long watermarkMs) throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h = harness(o);
        Harnesses.feed(h, events);
        h.processWatermark(watermarkMs);
        List<Bar> out = new ArrayList<>(h.extractOutputValues());
        h.close();
        return out;
    }

    protected static List<Reject> rejects(KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Bar> h) {
        List<Reject> r = new ArrayList<>();
        if (h.getSideOutput(BarBuilder.REJECTS) == null) return r;
        for (StreamRecord<Reject> s : h.getSideOutput(BarBuilder.REJECTS)) r.add(s.getValue());
        return r;
    }

    protected static List<Bar> tf(List<Bar> bars, String timeframe) {
        return bars.stream().filter(b -> b.timeframe.equals(timeframe)).collect(Collectors.toList());
    }

    protected static List<TickerEvent> events(TickerEvent... e) {
        return new ArrayList<>(List.of(e));
    }
}
