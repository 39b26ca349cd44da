package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.Gap;

import java.util.Set;

/**
 * One shard's newest event time and its open gap, if any: a loss opens a gap at the last event time seen, and the
 * first event of the next session closes it as {@code [last event before, first event after]}.
 */
final class GapTracker {
    private final String feed;
    private long lastEventTimeNs;
    private String reason;
    private long startNs;

    GapTracker(String feed, long restoredLastEventTimeNs) {
        this.feed = feed;
        this.lastEventTimeNs = restoredLastEventTimeNs;
        if (restoredLastEventTimeNs > 0) {
            // Restored from a checkpoint: everything since the checkpointed event time was missed.
            reason = "restore";
            startNs = restoredLastEventTimeNs;
        }
    }

    /** A loss; the first reason wins when several attempts fail before data flows again (one gap, not many). */
    void open(String lossReason) {
        if (reason == null) {
            reason = lossReason;
            startNs = lastEventTimeNs;
        }
    }

    /**
     * Notes an event; returns the gap it closes, or null. Events read from an abandoned socket after the loss are
     * still data from before the gap, so they move its start instead of closing it.
     */
    Gap onEvent(long eventNs, boolean fromCurrentSocket, Set<String> tickers) {
        Gap closed = null;
        if (reason != null) {
            if (fromCurrentSocket) {
                closed = close(eventNs, tickers);
            } else if (eventNs > startNs) {
                startNs = eventNs;
            }
        }
        if (eventNs > lastEventTimeNs) lastEventTimeNs = eventNs;
        return closed;
    }

    private Gap close(long firstAfterNs, Set<String> tickers) {
        Gap gap = new Gap();
        gap.feed = feed;
        // No event seen before the loss: there is no event time to start from, and a wall-clock start would make
        // outputs depend on processing time. The gap is then [first after, first after]: it records that data was
        // lost before that event, without claiming a range.
        gap.startTs = startNs > 0 ? startNs : firstAfterNs;
        gap.endTs = Math.max(gap.startTs, firstAfterNs);
        gap.tickers = tickers.toArray(new String[0]);
        gap.reason = reason;
        reason = null;
        return gap;
    }
}
