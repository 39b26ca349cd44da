package io.tapeflow.jobs.operators.halt;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Shared fixtures: ticker XYZ (Tier 2) opens at $10.00 (computed bands 11.00 / 9.00 after 09:45). */
abstract class HaltDetectorTestBase {
    protected final Market m = new Market("XYZ");

    protected SemanticsOptions opts() {
        return new SemanticsOptions();
    }

    protected TickerEvent opening() {
        return m.trade("09:30:00", 10.00, 500, 25);
    }

    /** Feeds the events, then moves the watermark to {@code watermarkTime}; returns every emitted revision. */
    protected List<Halt> run(List<TickerEvent> events, String watermarkTime) throws Exception {
        return run(opts(), events, m.ms(watermarkTime));
    }

    protected List<Halt> run(SemanticsOptions o, List<TickerEvent> events, long watermarkMs) throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h = Harnesses.open(new HaltDetector(o));
        Harnesses.feed(h, events);
        h.processWatermark(watermarkMs);
        List<Halt> out = new ArrayList<>(h.extractOutputValues());
        h.close();
        return out;
    }

    protected static List<TickerEvent> events(TickerEvent... e) {
        return new ArrayList<>(List.of(e));
    }

    /** The latest revision of each halt, by halt id in start order. */
    protected static Map<String, Halt> latest(List<Halt> revisions) {
        Map<String, Halt> m = new LinkedHashMap<>();
        for (Halt h : revisions) m.put(h.haltId, h);
        return m;
    }

    protected static Halt only(List<Halt> revisions) {
        Map<String, Halt> l = latest(revisions);
        if (l.size() != 1) throw new AssertionError("expected exactly one halt, got " + l.values());
        return l.values().iterator().next();
    }

    protected static Halt withoutUpdatedAt(Halt h) {
        Halt c = HaltRecords.copy(h);
        c.updatedAt = 0;
        return c;
    }
}
