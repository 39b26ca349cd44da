package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.client.PolygonWebSocketClient;

import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.apache.flink.runtime.execution.SuppressRestartsException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Drains the bounded hand-off queue the sockets fill, drives each shard's connection state machine, and returns the
 * decoded events (gaps and rejects included) per split. Runs on the single fetcher thread of the reader.
 */
final class WebSocketSplitReader implements SplitReader<MarketEvent, WebSocketSplit> {
    private static final long POLL_MS = 50;
    private static final int MAX_FRAMES_PER_FETCH = 256;

    private final ShardSettings settings;
    private final PolygonWebSocketClient client;
    private final BlockingQueue<Inbound> queue;
    private final Queue<SubscriptionChangeEvent> commands;
    private final Map<String, WebSocketSplitMetrics> metrics;
    private final Map<String, ShardConnection> shards = new LinkedHashMap<>();
    private final Map<String, SubscriptionChangeEvent> early = new HashMap<>();
    private final StopCondition stop;

    WebSocketSplitReader(ShardSettings settings, PolygonWebSocketClient client, BlockingQueue<Inbound> queue,
            Queue<SubscriptionChangeEvent> commands, Map<String, WebSocketSplitMetrics> metrics) {
        this.settings = settings;
        this.client = client;
        this.queue = queue;
        this.commands = commands;
        this.metrics = metrics;
        this.stop = new StopCondition(settings.stopAtNs, System.currentTimeMillis());
    }

    @Override
    public RecordsWithSplitIds<MarketEvent> fetch() {
        RecordsBySplits.Builder<MarketEvent> out = new RecordsBySplits.Builder<>();
        try {
            applySubscriptionChanges();
            long now = System.nanoTime();
            for (ShardConnection shard : shards.values()) shard.onTick(now);
            Inbound item = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
            for (int n = 0; item != null; n++) {
                if (item.kind != Inbound.Kind.WAKEUP && shards.containsKey(item.shard.splitId())) {
                    String splitId = item.shard.splitId();
                    item.shard.handle(item, e -> {
                        if (stop.passedBy(e)) {
                            stop.reached(splitId);
                        } else if (!stop.isReached(splitId)) {
                            out.add(splitId, e);
                        }
                    });
                }
                if (n >= MAX_FRAMES_PER_FETCH) break;
                item = queue.poll();
            }
            if (stop.wallClockPassed(System.currentTimeMillis())) {
                shards.keySet().forEach(stop::reached);
            }
            for (String splitId : stop.drainReached()) {
                ShardConnection done = shards.remove(splitId);
                if (done != null) {
                    done.close();
                    out.addFinishedSplit(splitId);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (PolygonWebSocketException e) {
            // Retrying cannot fix a refused key: fail the job now instead of looping through restarts.
            throw new SuppressRestartsException(e);
        }
        return out.build();
    }

    private void applySubscriptionChanges() {
        SubscriptionChangeEvent change;
        while ((change = commands.poll()) != null) {
            ShardConnection shard = shards.get(change.splitId());
            if (shard != null) {
                shard.changeTickers(change.tickers());
            } else {
                early.put(change.splitId(), change); // the split itself is still on its way to this thread
            }
        }
    }

    @Override
    public void handleSplitsChanges(SplitsChange<WebSocketSplit> change) {
        if (!(change instanceof SplitsAddition)) return;
        for (WebSocketSplit split : change.splits()) {
            ShardConnection shard = new ShardConnection(split, settings, client, queue, metrics.get(split.splitId()));
            shards.put(split.splitId(), shard);
            SubscriptionChangeEvent pending = early.remove(split.splitId());
            if (pending != null) shard.changeTickers(pending.tickers());
            shard.start();
        }
    }

    @Override
    public void wakeUp() {
        queue.offer(Inbound.WAKEUP);
    }

    @Override
    public void close() {
        shards.values().forEach(ShardConnection::close);
        queue.clear();
        client.close();
    }
}
