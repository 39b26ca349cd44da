package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.client.PolygonWebSocketClientFactory;
import io.tapeflow.sources.reader.FailFastSourceReaderBase;

import org.apache.flink.annotation.VisibleForTesting;
import org.apache.flink.api.connector.source.SourceEvent;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Runs the connection shards assigned to this subtask on one fetcher thread, keeps each shard's state for
 * checkpoints, and forwards subscription changes from the enumerator to the live connections.
 */
final class WebSocketSourceReader
        extends FailFastSourceReaderBase<MarketEvent, MarketEvent, WebSocketSplit, WebSocketSplitState> {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketSourceReader.class);

    private final Map<String, WebSocketSplitState> states = new ConcurrentHashMap<>();
    private final Map<String, WebSocketSplitMetrics> metrics;
    private final Queue<SubscriptionChangeEvent> commands;
    private final BlockingQueue<Inbound> queue;

    private WebSocketSourceReader(ShardSettings settings, PolygonWebSocketClientFactory clients, Configuration config,
            SourceReaderContext context, BlockingQueue<Inbound> queue, Queue<SubscriptionChangeEvent> commands,
            Map<String, WebSocketSplitMetrics> metrics) {
        super(() -> new WebSocketSplitReader(settings, clients.create(settings.pingInterval, settings.connectTimeout),
                queue, commands, metrics), new WebSocketRecordEmitter(), config, context);
        this.queue = queue;
        this.commands = commands;
        this.metrics = metrics;
    }

    static WebSocketSourceReader create(ShardSettings settings, PolygonWebSocketClientFactory clients,
            Configuration config, SourceReaderContext context) {
        return new WebSocketSourceReader(settings, clients, config, context,
                new ArrayBlockingQueue<>(settings.queueCapacity), new ConcurrentLinkedQueue<>(),
                new ConcurrentHashMap<>());
    }

    @Override
    public void start() {
        // Shards are pushed by the enumerator; an unbounded live feed never asks for more.
    }

    @Override
    public void addSplits(List<WebSocketSplit> splits) {
        super.addSplits(splits);
        // Tell the enumerator where these shards run (matters after restores and rescaling).
        context.sendSourceEventToCoordinator(
                new SplitOwnershipEvent(splits.stream().map(WebSocketSplit::splitId).collect(Collectors.toList())));
    }

    @Override
    public void handleSourceEvents(SourceEvent event) {
        if (!(event instanceof SubscriptionChangeEvent)) {
            super.handleSourceEvents(event);
            return;
        }
        SubscriptionChangeEvent change = (SubscriptionChangeEvent) event;
        WebSocketSplitState state = states.get(change.splitId());
        if (state == null) {
            LOG.debug("Ignoring {} for a shard this reader does not own", change);
            return;
        }
        state.setTickers(change.tickers());
        commands.add(change);
    }

    @Override
    protected WebSocketSplitState initializedState(WebSocketSplit split) {
        WebSocketSplitMetrics m = metrics.computeIfAbsent(split.splitId(), id -> new WebSocketSplitMetrics(
                context.metricGroup(), id, queue::size, () -> lastEventTimeNs(id)));
        WebSocketSplitState state = new WebSocketSplitState(split, m);
        states.put(split.splitId(), state);
        return state;
    }

    private long lastEventTimeNs(String splitId) {
        WebSocketSplitState state = states.get(splitId);
        return state == null ? 0L : state.lastEventTimeNs();
    }

    @VisibleForTesting
    WebSocketSplitMetrics metricsFor(String splitId) {
        return metrics.get(splitId);
    }

    @Override
    protected WebSocketSplit toSplitType(String splitId, WebSocketSplitState state) {
        return state.toSplit();
    }

    @Override
    protected void onSplitFinished(Map<String, WebSocketSplitState> finishedSplitIds) {
        // Live shards never finish.
    }
}
