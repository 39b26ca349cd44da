package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.apache.flink.api.connector.source.SourceEvent;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the connection shards, assigns each to reader {@code shard % parallelism}, and keeps the live subscription
 * in step with the tickers file: it re-reads the file periodically (off the coordinator thread) and sends the new
 * ticker set of each changed shard to the reader that runs it (as reported by the reader after a restore).
 */
final class WebSocketSourceEnumerator implements SplitEnumerator<WebSocketSplit, WebSocketEnumState> {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketSourceEnumerator.class);

    private final SplitEnumeratorContext<WebSocketSplit> context;
    private final TickerShards shards;
    private final Path tickersFile;
    private final long pollIntervalMs;
    /** Which reader runs each shard: from our assignments and from the readers' own reports after a restore. */
    private final Map<String, Integer> owners = new HashMap<>();
    /** Epoch ns the source ends at, or 0 for a source that runs until cancelled. */
    private final long stopAtNs;

    WebSocketSourceEnumerator(SplitEnumeratorContext<WebSocketSplit> context, TickerShards shards,
            Path tickersFile, long pollIntervalMs) {
        this(context, shards, tickersFile, pollIntervalMs, 0L);
    }

    WebSocketSourceEnumerator(SplitEnumeratorContext<WebSocketSplit> context, TickerShards shards,
            Path tickersFile, long pollIntervalMs, long stopAtNs) {
        this.context = context;
        this.shards = shards;
        this.tickersFile = tickersFile;
        this.pollIntervalMs = pollIntervalMs;
        this.stopAtNs = stopAtNs;
    }

    @Override
    public void start() {
        if (tickersFile != null) {
            context.callAsync(() -> TickersFile.read(tickersFile), this::onTickersRead, pollIntervalMs,
                    pollIntervalMs);
        }
    }

    private void onTickersRead(Set<String> tickers, Throwable error) {
        if (error != null) {
            // A file being rewritten or briefly missing must not stop the feed: keep the current subscription.
            LOG.warn("Could not re-read tickers file {}: {}; keeping the current subscription", tickersFile,
                    error.toString());
            return;
        }
        Set<String> changed = shards.update(tickers);
        if (changed.isEmpty()) return;
        LOG.info("Tickers file {} changed: {} tickers, shards {} updated", tickersFile, tickers.size(), changed);
        for (String splitId : changed) sendTickers(splitId);
        assignUnassigned();
    }

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
        // Push-based: shards are assigned when readers register.
    }

    @Override
    public void addSplitsBack(List<WebSocketSplit> splits, int subtaskId) {
        for (WebSocketSplit split : splits) {
            shards.returned(split);
            owners.remove(split.splitId());
        }
    }

    @Override
    public void addReader(int subtaskId) {
        // A reader restored from a checkpoint may hold an older ticker set than the file says now: resend.
        owners.forEach((splitId, owner) -> {
            if (owner == subtaskId) sendTickers(splitId);
        });
        assignUnassigned();
        if (stopAtNs != 0) {
            // A source with an end: after its shards, a reader gets nothing more, so it can finish at the stop.
            context.signalNoMoreSplits(subtaskId);
        }
    }

    @Override
    public void handleSourceEvent(int subtaskId, SourceEvent event) {
        if (event instanceof SplitOwnershipEvent) {
            for (String splitId : ((SplitOwnershipEvent) event).splitIds()) {
                owners.put(splitId, subtaskId);
                shards.markAssigned(splitId);
                sendTickers(splitId);
            }
        }
    }

    private void sendTickers(String splitId) {
        Integer owner = owners.get(splitId);
        if (owner != null && context.registeredReaders().containsKey(owner)) {
            context.sendEventToSourceReader(owner, new SubscriptionChangeEvent(splitId, shards.tickers(splitId)));
        }
    }

    private void assignUnassigned() {
        for (String splitId : shards.unassigned()) {
            int owner = owner(splitId);
            if (context.registeredReaders().containsKey(owner)) {
                context.assignSplit(shards.split(splitId), owner);
                shards.markAssigned(splitId);
                owners.put(splitId, owner);
            }
        }
    }

    /** Fresh shards go to reader {@code n % parallelism}; restored ones stay where Flink restored them. */
    private int owner(String splitId) {
        return shards.split(splitId).index() % context.currentParallelism();
    }

    @Override
    public WebSocketEnumState snapshotState(long checkpointId) {
        return shards.snapshot();
    }

    @Override
    public void close() {}
}
