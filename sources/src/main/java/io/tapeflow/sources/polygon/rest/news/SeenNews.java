package io.tapeflow.sources.polygon.rest.news;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids already emitted within the look-back window, and the newest publication time: the dedupe memory of one
 * news split. The fetcher keeps one copy to filter, the emitter another that goes into checkpoints.
 */
final class SeenNews {
    private final long lookbackMs;
    private final Map<String, Long> seen = new LinkedHashMap<>();
    private long lastPublishedMs;

    SeenNews(NewsSplit split, long lookbackMs) {
        this.lookbackMs = lookbackMs;
        this.lastPublishedMs = split.lastPublishedMs();
        String[] ids = split.seenIds();
        long[] times = split.seenPublishedMs();
        for (int i = 0; i < ids.length; i++) seen.put(ids[i], times[i]);
    }

    boolean contains(String id) {
        return seen.containsKey(id);
    }

    void add(String id, long publishedMs) {
        seen.put(id, publishedMs);
        if (publishedMs > lastPublishedMs) lastPublishedMs = publishedMs;
    }

    /** Where the next poll starts: the look-back window before the newest item, or the query start. */
    long pollFrom(long queryFromMs) {
        return lastPublishedMs == Long.MIN_VALUE ? queryFromMs : Math.max(queryFromMs, lastPublishedMs - lookbackMs);
    }

    /** Drops ids older than the window (they can no longer come back in a poll) and snapshots the rest. */
    NewsSplit toSplit(NewsSplit base) {
        long horizon = lastPublishedMs == Long.MIN_VALUE ? Long.MIN_VALUE : lastPublishedMs - lookbackMs;
        seen.values().removeIf(t -> t < horizon);
        String[] ids = new String[seen.size()];
        long[] times = new long[seen.size()];
        int i = 0;
        for (Map.Entry<String, Long> e : seen.entrySet()) {
            ids[i] = e.getKey();
            times[i++] = e.getValue();
        }
        return new NewsSplit(base.query(), lastPublishedMs, ids, times);
    }
}
