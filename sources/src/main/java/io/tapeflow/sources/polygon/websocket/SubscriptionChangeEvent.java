package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.api.connector.source.SourceEvent;

import java.util.Arrays;

/** Enumerator to reader: the full ticker set a shard should now subscribe; the reader applies the difference live. */
public final class SubscriptionChangeEvent implements SourceEvent {
    private static final long serialVersionUID = 1L;

    private final String splitId;
    private final String[] tickers;

    public SubscriptionChangeEvent(String splitId, String[] tickers) {
        this.splitId = splitId;
        this.tickers = tickers.clone();
    }

    public String splitId() {
        return splitId;
    }

    public String[] tickers() {
        return tickers.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubscriptionChangeEvent && splitId.equals(((SubscriptionChangeEvent) o).splitId)
                && Arrays.equals(tickers, ((SubscriptionChangeEvent) o).tickers);
    }

    @Override
    public int hashCode() {
        return splitId.hashCode() * 31 + Arrays.hashCode(tickers);
    }

    @Override
    public String toString() {
        return "SubscriptionChangeEvent{" + splitId + " " + Arrays.toString(tickers) + "}";
    }
}
