package io.tapeflow.sources.polygon.websocket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tickers each connection shard subscribes, and which shards are owned by a reader. Pure logic (no Flink
 * context), so the enumerator stays small and this is tested directly.
 *
 * <p>Shards only grow: a changed ticker set removes tickers from the shard holding them and places new ones on the
 * emptiest shard with room, opening a new shard when all are full. Existing connections are never re-shuffled, so a
 * change only touches the shards it has to.
 */
final class TickerShards {
    private final String cluster;
    private final int perConnection;
    private final Map<String, TreeSet<String>> tickersBySplit = new LinkedHashMap<>();
    private final Map<String, Long> lastEventTimeNs = new LinkedHashMap<>();
    private final Set<String> assigned = new HashSet<>();

    private TickerShards(String cluster, int perConnection) {
        this.cluster = cluster;
        this.perConnection = perConnection <= 0 ? Integer.MAX_VALUE : perConnection;
    }

    static TickerShards initial(String cluster, int perConnection, Collection<String> tickers) {
        TickerShards shards = new TickerShards(cluster, perConnection);
        shards.newShard();
        shards.update(tickers);
        return shards;
    }

    static TickerShards restore(String cluster, int perConnection, WebSocketEnumState state) {
        TickerShards shards = new TickerShards(cluster, perConnection);
        for (WebSocketSplit split : state.splits()) {
            shards.tickersBySplit.put(split.splitId(), new TreeSet<>(List.of(split.tickers())));
            shards.lastEventTimeNs.put(split.splitId(), split.lastEventTimeNs());
        }
        shards.assigned.addAll(state.assignedSplitIds());
        if (shards.tickersBySplit.isEmpty()) shards.newShard();
        return shards;
    }

    /** Applies the wanted ticker set; returns the ids of shards whose tickers changed or that are new. */
    Set<String> update(Collection<String> wanted) {
        Set<String> target = new TreeSet<>(wanted);
        Set<String> changed = new TreeSet<>();
        Set<String> present = new HashSet<>();
        for (Map.Entry<String, TreeSet<String>> e : tickersBySplit.entrySet()) {
            if (e.getValue().retainAll(target)) changed.add(e.getKey());
            present.addAll(e.getValue());
        }
        // "*" covers everything: it gets its own shard and never shares one.
        for (String ticker : target) {
            if (present.contains(ticker)) continue;
            String split = roomFor(ticker);
            tickersBySplit.get(split).add(ticker);
            changed.add(split);
        }
        return changed;
    }

    private String roomFor(String ticker) {
        String best = null;
        for (Map.Entry<String, TreeSet<String>> e : tickersBySplit.entrySet()) {
            int size = e.getValue().size();
            boolean fits = size < perConnection && (!"*".equals(ticker) || size == 0) && !e.getValue().contains("*");
            if (fits && (best == null || size < tickersBySplit.get(best).size())) best = e.getKey();
        }
        return best != null ? best : newShard();
    }

    private String newShard() {
        String id = cluster + ":" + tickersBySplit.size();
        tickersBySplit.put(id, new TreeSet<>());
        lastEventTimeNs.put(id, 0L);
        return id;
    }

    WebSocketSplit split(String splitId) {
        return new WebSocketSplit(splitId, tickers(splitId), lastEventTimeNs.getOrDefault(splitId, 0L));
    }

    String[] tickers(String splitId) {
        return tickersBySplit.get(splitId).toArray(new String[0]);
    }

    List<String> unassigned() {
        List<String> ids = new ArrayList<>();
        for (String id : tickersBySplit.keySet()) if (!assigned.contains(id)) ids.add(id);
        return ids;
    }

    boolean isAssigned(String splitId) {
        return assigned.contains(splitId);
    }

    void markAssigned(String splitId) {
        assigned.add(splitId);
    }

    /** A reader failed: its shards go back, keeping the event time of its last checkpoint for the restore gap. */
    void returned(WebSocketSplit split) {
        assigned.remove(split.splitId());
        lastEventTimeNs.put(split.splitId(), split.lastEventTimeNs());
    }

    Set<String> splitIds() {
        return tickersBySplit.keySet();
    }

    WebSocketEnumState snapshot() {
        List<WebSocketSplit> splits = new ArrayList<>();
        for (String id : tickersBySplit.keySet()) splits.add(split(id));
        return new WebSocketEnumState(splits, assigned);
    }
}
