package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Metrics of one connection shard, under {@code <reader group>.split.<splitId>}: event rates by type, reconnects, gaps,
 * rejects, {@code max_connections} / {@code slow_consumer} disconnects, hand-off queue depth and event-time lag.
 */
public final class WebSocketSplitMetrics {
    final Meter trades;
    final Meter quotes;
    final Meter aggregates;
    final Meter lulds;
    final Counter reconnects;
    final Counter gaps;
    final Counter rejects;
    final Counter maxConnections;
    final Counter slowConsumers;
    final Counter stalls;

    WebSocketSplitMetrics(MetricGroup readerGroup, String splitId, IntSupplier queueDepth, LongSupplier lastEventTimeNs) {
        MetricGroup g = readerGroup.addGroup("split", splitId);
        trades = g.meter("tradesPerSecond", new MeterView(g.counter("trades")));
        quotes = g.meter("quotesPerSecond", new MeterView(g.counter("quotes")));
        aggregates = g.meter("aggregatesPerSecond", new MeterView(g.counter("aggregates")));
        lulds = g.meter("luldsPerSecond", new MeterView(g.counter("lulds")));
        reconnects = g.counter("reconnects");
        gaps = g.counter("gaps");
        rejects = g.counter("rejects");
        maxConnections = g.counter("maxConnections");
        slowConsumers = g.counter("slowConsumers");
        stalls = g.counter("stalls");
        g.gauge("queueDepth", (Gauge<Integer>) queueDepth::getAsInt);
        g.gauge("lagMs", (Gauge<Long>) () -> {
            long last = lastEventTimeNs.getAsLong();
            return last == 0 ? -1L : System.currentTimeMillis() - last / 1_000_000L;
        });
    }
}
