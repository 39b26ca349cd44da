package io.tapeflow.sources.polygon.websocket;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checkpointed enumerator state: every shard with its current tickers (so the live ticker set survives a restore) and
 * which shards are already owned by a reader (those restore from reader state and are not assigned again).
 */
public final class WebSocketEnumState {
    private final List<WebSocketSplit> splits;
    private final Set<String> assignedSplitIds;

    public WebSocketEnumState(List<WebSocketSplit> splits, Set<String> assignedSplitIds) {
        this.splits = List.copyOf(splits);
        this.assignedSplitIds = Set.copyOf(assignedSplitIds);
    }

    public List<WebSocketSplit> splits() {
        return splits;
    }

    public Set<String> assignedSplitIds() {
        return assignedSplitIds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebSocketEnumState && splits.equals(((WebSocketEnumState) o).splits)
                && assignedSplitIds.equals(((WebSocketEnumState) o).assignedSplitIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(splits, assignedSplitIds);
    }

    @Override
    public String toString() {
        return "WebSocketEnumState{splits=" + splits + ", assigned=" + assignedSplitIds + "}";
    }
}
