package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.client.PolygonWebSocketClientFactory;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.io.SimpleVersionedSerializer;
import org.apache.flink.util.function.SerializableSupplier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The live Polygon/Massive WebSocket feed as an unbounded FLIP-27 source of {@link MarketEvent}s: trades, quotes,
 * second/minute aggregates and LULD bands, plus a {@code Gap} for every reconnect or restore and a {@code Reject} for
 * every undecodable element. Events carry their event timestamps, so the job's
 * {@code WatermarkStrategy.forBoundedOutOfOrderness(..).withIdleness(..)} works without a timestamp assigner.
 *
 * <pre>{@code
 * PolygonWebSocketSource source = PolygonWebSocketSource.builder()
 *     .setUrl("wss://socket.massive.com/stocks")
 *     .setTickersFile(Path.of("tickers.txt"))
 *     .setChannels("T", "Q", "AM", "LULD")
 *     .build();                       // API key: POLYGON_API_KEY on the TaskManager
 * env.fromSource(source, watermarks, "Polygon WebSocket").uid("source-polygon-websocket");
 * }</pre>
 */
public final class PolygonWebSocketSource
        implements Source<MarketEvent, WebSocketSplit, WebSocketEnumState>, ResultTypeQueryable<MarketEvent> {
    private static final long serialVersionUID = 1L;

    /** Never contains the API key: configuration is visible in the web UI. */
    private final Configuration config;
    private final SerializableSupplier<String> apiKey;
    private final PolygonWebSocketClientFactory clients;

    PolygonWebSocketSource(Configuration config, SerializableSupplier<String> apiKey,
            PolygonWebSocketClientFactory clients) {
        this.config = config;
        this.apiKey = apiKey;
        this.clients = clients;
    }

    public static PolygonWebSocketSourceBuilder builder() {
        return new PolygonWebSocketSourceBuilder();
    }

    /**
     * The watermark strategy the feed is meant for: bounded out-of-orderness on {@link MarketEvent#eventTimeMillis()},
     * with idleness so subtasks without a connection shard (or a quiet market) do not hold watermarks back.
     */
    public static WatermarkStrategy<MarketEvent> watermarks(Duration maxOutOfOrderness, Duration idleness) {
        return WatermarkStrategy.<MarketEvent>forBoundedOutOfOrderness(maxOutOfOrderness)
                .withTimestampAssigner((event, recordTimestamp) -> event.eventTimeMillis())
                .withIdleness(idleness);
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SourceReader<MarketEvent, WebSocketSplit> createReader(SourceReaderContext context) {
        return WebSocketSourceReader.create(new ShardSettings(config, apiKey), clients, config, context);
    }

    @Override
    public SplitEnumerator<WebSocketSplit, WebSocketEnumState> createEnumerator(
            SplitEnumeratorContext<WebSocketSplit> context) {
        TickerShards shards = TickerShards.initial(cluster(), config.get(PolygonWebSocketOptions.TICKERS_PER_CONNECTION),
                initialTickers());
        return enumerator(context, shards);
    }

    @Override
    public SplitEnumerator<WebSocketSplit, WebSocketEnumState> restoreEnumerator(
            SplitEnumeratorContext<WebSocketSplit> context, WebSocketEnumState checkpoint) {
        TickerShards shards = TickerShards.restore(cluster(),
                config.get(PolygonWebSocketOptions.TICKERS_PER_CONNECTION), checkpoint);
        return enumerator(context, shards);
    }

    private WebSocketSourceEnumerator enumerator(SplitEnumeratorContext<WebSocketSplit> context, TickerShards shards) {
        String file = config.get(PolygonWebSocketOptions.TICKERS_FILE);
        return new WebSocketSourceEnumerator(context, shards, file == null ? null : Path.of(file),
                config.get(PolygonWebSocketOptions.TICKERS_FILE_POLL_INTERVAL).toMillis(),
                config.get(PolygonWebSocketOptions.STOP_AT));
    }

    private Set<String> initialTickers() {
        String file = config.get(PolygonWebSocketOptions.TICKERS_FILE);
        if (file == null) return new TreeSet<>(config.get(PolygonWebSocketOptions.TICKERS));
        try {
            return TickersFile.read(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read tickers file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The market of the URL path ({@code /stocks} gives {@code stocks}), used in split ids and gap feeds. */
    String cluster() {
        String path = URI.create(config.get(PolygonWebSocketOptions.URL)).getPath();
        String[] parts = path == null ? new String[0] : path.split("/");
        return parts.length == 0 || parts[parts.length - 1].isEmpty() ? "ws" : parts[parts.length - 1];
    }

    @Override
    public SimpleVersionedSerializer<WebSocketSplit> getSplitSerializer() {
        return new WebSocketSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<WebSocketEnumState> getEnumeratorCheckpointSerializer() {
        return new WebSocketEnumStateSerializer();
    }

    @Override
    public TypeInformation<MarketEvent> getProducedType() {
        return TypeInformation.of(MarketEvent.class);
    }

    /** The effective settings (no credentials in them). */
    public Configuration configuration() {
        return new Configuration(config);
    }

    @Override
    public String toString() {
        List<String> channels = config.get(PolygonWebSocketOptions.CHANNELS);
        return "PolygonWebSocketSource{url=" + config.get(PolygonWebSocketOptions.URL) + ", channels=" + channels + "}";
    }
}
