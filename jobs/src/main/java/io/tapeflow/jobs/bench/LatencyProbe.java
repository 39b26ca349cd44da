package io.tapeflow.jobs.bench;

import io.tapeflow.simulator.PolygonSimulator;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.flink.api.common.functions.MapFunction;

/**
 * Records, for each record reaching the archive, how long after the simulator had it due on the wire it arrived
 * (frame-to-record latency). A local bench harness only: it reads the simulator and a histogram held in this JVM.
 */
final class LatencyProbe<T> implements MapFunction<T, T> {
    private static final long serialVersionUID = 1L;

    /** The simulator under test and where latencies go; set by {@link LatencyBench} before the job starts. */
    static volatile PolygonSimulator simulator;
    static final Histogram MILLIS = new ConcurrentHistogram(60_000L, 3);
    /** Records before this wall-clock instant (epoch ms) are warm-up and not recorded. */
    static volatile long recordFromEpochMs = Long.MAX_VALUE;

    private final EventTimeOf<T> eventTime;

    LatencyProbe(EventTimeOf<T> eventTime) {
        this.eventTime = eventTime;
    }

    @Override
    public T map(T record) {
        long now = System.currentTimeMillis();
        PolygonSimulator sim = simulator;
        if (sim != null && now >= recordFromEpochMs) {
            long due = sim.dueWallEpochMs(eventTime.epochMillis(record));
            if (due != Long.MIN_VALUE) {
                MILLIS.recordValue(Math.max(0, Math.min(now - due, MILLIS.getHighestTrackableValue())));
            }
        }
        return record;
    }

    /** The record's market time in epoch ms. */
    interface EventTimeOf<T> extends java.io.Serializable {
        long epochMillis(T record);
    }
}
