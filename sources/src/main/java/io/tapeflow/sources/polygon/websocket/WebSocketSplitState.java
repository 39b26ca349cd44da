package io.tapeflow.sources.polygon.websocket;

/**
 * The mutable view of a {@link WebSocketSplit} the reader advances: the current subscription and the newest event time
 * emitted. Written by the reader's main thread; the lag gauge reads it from the metrics thread.
 */
public final class WebSocketSplitState {
    private final String splitId;
    private volatile String[] tickers;
    private volatile long lastEventTimeNs;
    private final WebSocketSplitMetrics metrics;

    WebSocketSplitState(WebSocketSplit split, WebSocketSplitMetrics metrics) {
        this.splitId = split.splitId();
        this.tickers = split.tickers();
        this.lastEventTimeNs = split.lastEventTimeNs();
        this.metrics = metrics;
    }

    public String splitId() {
        return splitId;
    }

    public long lastEventTimeNs() {
        return lastEventTimeNs;
    }

    void advanceEventTime(long eventTimeNs) {
        if (eventTimeNs > lastEventTimeNs) lastEventTimeNs = eventTimeNs;
    }

    void setTickers(String[] newTickers) {
        tickers = newTickers.clone();
    }

    WebSocketSplitMetrics metrics() {
        return metrics;
    }

    public WebSocketSplit toSplit() {
        return new WebSocketSplit(splitId, tickers, lastEventTimeNs);
    }
}
