package io.tapeflow.sources.polygon.rest.news;

import io.tapeflow.sources.polygon.rest.NewsQuery;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apache.flink.api.connector.source.SourceSplit;

/**
 * One news feed (vendor, optional ticker, window) and what was already emitted from it: the newest publication time
 * seen and the ids published inside the look-back window before it. A poll asks again from
 * {@code lastPublished - lookback} and drops seen ids, so each id is emitted once even across restores, and items
 * the vendor files a little late (publication time before the newest one seen) are still picked up.
 */
public final class NewsSplit implements SourceSplit, Serializable {
    // Serializable only because the source carries its initial splits to the enumerator in the job graph.
    private static final long serialVersionUID = 1L;

    private final NewsQuery query;
    private final long lastPublishedMs;
    private final String[] seenIds;
    private final long[] seenPublishedMs;

    public NewsSplit(NewsQuery query, long lastPublishedMs, String[] seenIds, long[] seenPublishedMs) {
        if (seenIds.length != seenPublishedMs.length) throw new IllegalArgumentException("seen ids and times differ in length");
        this.query = Objects.requireNonNull(query);
        this.lastPublishedMs = lastPublishedMs;
        this.seenIds = seenIds.clone();
        this.seenPublishedMs = seenPublishedMs.clone();
    }

    public static NewsSplit fresh(NewsQuery query) {
        return new NewsSplit(query, Long.MIN_VALUE, new String[0], new long[0]);
    }

    @Override
    public String splitId() {
        return "news:" + query.vendor + (query.ticker == null ? "" : ":" + query.ticker);
    }

    public NewsQuery query() {
        return query;
    }

    /** Newest publication time emitted, epoch ms; {@link Long#MIN_VALUE} before the first item. */
    public long lastPublishedMs() {
        return lastPublishedMs;
    }

    public String[] seenIds() {
        return seenIds.clone();
    }

    public long[] seenPublishedMs() {
        return seenPublishedMs.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NewsSplit)) return false;
        NewsSplit s = (NewsSplit) o;
        return lastPublishedMs == s.lastPublishedMs && splitId().equals(s.splitId()) && query.fromMs == s.query.fromMs
                && query.toMs == s.query.toMs && query.limit == s.query.limit && Arrays.equals(seenIds, s.seenIds)
                && Arrays.equals(seenPublishedMs, s.seenPublishedMs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(splitId(), lastPublishedMs, seenIds.length);
    }

    @Override
    public String toString() {
        return "NewsSplit{" + query + " last=" + lastPublishedMs + " seen=" + seenIds.length + "}";
    }
}
