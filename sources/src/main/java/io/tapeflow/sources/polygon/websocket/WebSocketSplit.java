package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.api.connector.source.SourceSplit;

import java.util.Arrays;
import java.util.Objects;

/**
 * One connection shard of the WebSocket feed: the tickers it subscribes (on every configured channel) and the last
 * event time it delivered, so a restore from a checkpoint can record the gap since then.
 */
public final class WebSocketSplit implements SourceSplit {
    private final String splitId;
    private final String[] tickers;
    private final long lastEventTimeNs;

    public WebSocketSplit(String splitId, String[] tickers, long lastEventTimeNs) {
        this.splitId = Objects.requireNonNull(splitId);
        this.tickers = tickers.clone();
        this.lastEventTimeNs = lastEventTimeNs;
    }

    @Override
    public String splitId() {
        return splitId;
    }

    public String[] tickers() {
        return tickers.clone();
    }

    /** Epoch ns of the newest event delivered before the checkpoint; 0 when none yet. */
    public long lastEventTimeNs() {
        return lastEventTimeNs;
    }

    /** The shard number: split ids are {@code <cluster>:<n>}. */
    public int index() {
        return Integer.parseInt(splitId.substring(splitId.lastIndexOf(':') + 1));
    }

    public WebSocketSplit withTickers(String[] newTickers) {
        return new WebSocketSplit(splitId, newTickers, lastEventTimeNs);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WebSocketSplit)) return false;
        WebSocketSplit s = (WebSocketSplit) o;
        return splitId.equals(s.splitId) && Arrays.equals(tickers, s.tickers) && lastEventTimeNs == s.lastEventTimeNs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(splitId, lastEventTimeNs);
    }

    @Override
    public String toString() {
        return "WebSocketSplit{" + splitId + " tickers=" + tickers.length + " lastEventTimeNs=" + lastEventTimeNs + "}";
    }
}
