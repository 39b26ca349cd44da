package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.api.connector.source.SourceEvent;

import java.util.List;

/**
 * Reader to enumerator: "these shards live on me". Restored (or rescaled) readers may hold shards the enumerator did
 * not assign to them, and subscription changes must reach whichever reader actually runs the connection.
 */
public final class SplitOwnershipEvent implements SourceEvent {
    private static final long serialVersionUID = 1L;

    private final List<String> splitIds;

    public SplitOwnershipEvent(List<String> splitIds) {
        this.splitIds = List.copyOf(splitIds);
    }

    public List<String> splitIds() {
        return splitIds;
    }

    @Override
    public String toString() {
        return "SplitOwnershipEvent" + splitIds;
    }
}
