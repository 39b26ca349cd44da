package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.client.FakePolygonWebSocketClient;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.testutils.source.reader.TestingReaderContext;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs a real {@link WebSocketSourceReader} (fetcher thread and all) against a {@link FakePolygonWebSocketClient}. */
final class ReaderHarness implements AutoCloseable {
    static final String KEY = "test-key-123";

    final FakePolygonWebSocketClient client = new FakePolygonWebSocketClient();
    final RecordingReaderOutput output = new RecordingReaderOutput();
    final TestingReaderContext context = new TestingReaderContext();
    final WebSocketSourceReader reader;

    ReaderHarness(Configuration overrides) {
        Configuration config = new Configuration();
        config.set(PolygonWebSocketOptions.URL, "ws://127.0.0.1:1/stocks");
        config.set(PolygonWebSocketOptions.CHANNELS, List.of("T", "Q"));
        config.set(PolygonWebSocketOptions.RECONNECT_INITIAL_BACKOFF, Duration.ofMillis(1));
        config.set(PolygonWebSocketOptions.RECONNECT_MAX_BACKOFF, Duration.ofMillis(5));
        config.addAll(overrides);
        reader = WebSocketSourceReader.create(new ShardSettings(config, () -> KEY), (ping, connect) -> client, config,
                context);
        reader.start();
        client.whileWaiting(() -> {
            try {
                reader.pollNext(output);
                Thread.sleep(1);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    ReaderHarness() {
        this(new Configuration());
    }

    void add(WebSocketSplit split) {
        reader.addSplits(List.of(split));
    }

    /** Polls the reader until {@code done} holds for the output (guarded by a 10 s deadline), then returns it. */
    List<MarketEvent> pollUntil(Predicate<List<MarketEvent>> done) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.test(output.events)) {
            if (System.nanoTime() > deadline) throw new AssertionError("reader never produced it; got " + output.events);
            reader.pollNext(output);
            Thread.sleep(1);
        }
        return output.events;
    }

    /** Polls for a while without expecting anything (lets the fetcher run its timers). */
    void pollFor(Duration d) throws Exception {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) {
            reader.pollNext(output);
            Thread.sleep(1);
        }
    }

    WebSocketSplitMetrics metrics(String splitId) {
        return reader.metricsFor(splitId);
    }

    @Override
    public void close() throws Exception {
        reader.close();
    }
}
