package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.sources.model.MarketEvent;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Harness (not a test): simulator firehose, socket, decode and source emission in a local MiniCluster at
 * parallelism 2, into a sink that only counts. Run with the test classpath: {@code java ... SourceThroughputHarness
 * [events]}.
 */
public final class SourceThroughputHarness {
    static final AtomicLong RECEIVED = new AtomicLong();

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 3_000_000L;
        try (PolygonSimulator sim = PolygonSimulator.builder().apiKeys("k").speed(0).slowConsumerBytes(0).firehose(events).sentLog(false).start()) {
            Configuration conf = new Configuration();
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2, conf);
            env.fromSource(PolygonWebSocketSource.builder().setUrl(sim.wsUrl()).setApiKeySupplier(() -> "k")
                            .setTickers("*").setChannels("T", "Q").build(),
                            WatermarkStrategy.<MarketEvent>forBoundedOutOfOrderness(Duration.ofSeconds(1))
                                    .withIdleness(Duration.ofSeconds(1)), "Polygon WebSocket")
                    .sinkTo(new CountingSink());
            JobClient job = env.executeAsync("throughput");
            long guard = System.nanoTime() + 60_000_000_000L;
            while (RECEIVED.get() == 0 && System.nanoTime() < guard) Thread.sleep(1);
            if (RECEIVED.get() == 0) throw new IllegalStateException("nothing received; sim sent " + sim.eventsSent());
            long start = System.nanoTime();
            long startCount = RECEIVED.get();
            long last = -1;
            long lastChange = System.nanoTime();
            while (RECEIVED.get() < events && System.nanoTime() - lastChange < 2_000_000_000L) {
                Thread.sleep(5); // stops when everything arrived or the feed ended
                if (RECEIVED.get() != last) {
                    last = RECEIVED.get();
                    lastChange = System.nanoTime();
                }
            }
            double seconds = (lastChange - start) / 1e9;
            System.out.printf("source: %,.0f events/s (%,d events in %.1f s, parallelism 2, one connection; "
                            + "simulator sent %,d)%n", (last - startCount) / seconds, last - startCount, seconds,
                    sim.eventsSent());
            job.cancel().get();
        }
    }

    static final class CountingSink implements Sink<MarketEvent> {
        @Override
        public SinkWriter<MarketEvent> createWriter(InitContext context) {
            return new SinkWriter<>() {
                @Override
                public void write(MarketEvent element, Context context) {
                    RECEIVED.incrementAndGet();
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }
}
