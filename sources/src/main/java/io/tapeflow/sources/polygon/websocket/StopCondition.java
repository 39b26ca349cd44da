package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * When a stop-at instant is set ({@code --until}), decides when each shard is done: the first market event past the
 * instant ends it (that event and later ones are dropped, so outputs end at the instant exactly), or the wall clock
 * passing the instant when it still lay ahead when the reader started (a quiet feed must end too; a replayed or
 * simulated past day must not end at once).
 */
final class StopCondition {
    private final long stopAtMs;
    private final boolean wallClockApplies;
    private final Set<String> reached = new HashSet<>();
    private final List<String> newlyReached = new ArrayList<>();

    StopCondition(long stopAtNs, long startWallMs) {
        this.stopAtMs = stopAtNs == 0 ? Long.MAX_VALUE : Math.floorDiv(stopAtNs, 1_000_000L);
        this.wallClockApplies = stopAtNs != 0 && stopAtMs > startWallMs;
    }

    /** True for a market event (not a gap or reject) whose event time is past the stop instant. */
    boolean passedBy(MarketEvent e) {
        return e.kind != EventKind.GAP && e.kind != EventKind.REJECT && e.eventTimeMillis() > stopAtMs;
    }

    boolean wallClockPassed(long nowMs) {
        return wallClockApplies && nowMs > stopAtMs;
    }

    void reached(String splitId) {
        if (reached.add(splitId)) {
            newlyReached.add(splitId);
        }
    }

    boolean isReached(String splitId) {
        return reached.contains(splitId);
    }

    /** Shards that reached the stop since the last call. */
    List<String> drainReached() {
        List<String> out = new ArrayList<>(newlyReached);
        newlyReached.clear();
        return out;
    }
}
