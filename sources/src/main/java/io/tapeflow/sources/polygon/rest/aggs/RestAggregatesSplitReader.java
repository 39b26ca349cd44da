package io.tapeflow.sources.polygon.rest.aggs;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.rest.PolygonRestClient;
import io.tapeflow.sources.polygon.rest.RestPage;
import io.tapeflow.sources.polygon.rest.source.PositionedRecord;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;

/** Fetcher-thread side: one REST page per {@link #fetch()}, splits one after another. */
final class RestAggregatesSplitReader implements SplitReader<PositionedRecord, RestAggregatesSplit> {
    private final PolygonRestClient client;
    private final Queue<RestAggregatesSplit> queue = new ArrayDeque<>();
    private RestAggregatesSplit current;
    private String cursor;

    RestAggregatesSplitReader(PolygonRestClient client) {
        this.client = client;
    }

    @Override
    public RecordsWithSplitIds<PositionedRecord> fetch() throws IOException {
        RecordsBySplits.Builder<PositionedRecord> batch = new RecordsBySplits.Builder<>();
        if (current == null) {
            current = queue.poll();
            cursor = null;
            if (current == null) return batch.build();
        }
        String id = current.splitId();
        RestPage<Aggregate> page = client.aggregates(current.query(), cursor);
        for (Aggregate a : page.items()) {
            // Bars arrive ascending; after a restore everything up to the last emitted bar was already sent.
            if (a.startMs > current.lastStartMs()) batch.add(id, new PositionedRecord(MarketEvent.of(a), a.startMs, null));
        }
        for (Reject r : page.rejects()) batch.add(id, new PositionedRecord(MarketEvent.of(r), PositionedRecord.NO_POSITION, null));
        cursor = page.nextCursor();
        if (cursor == null) {
            batch.addFinishedSplit(id);
            current = null;
        }
        return batch.build();
    }

    @Override
    public void handleSplitsChanges(SplitsChange<RestAggregatesSplit> change) {
        if (!(change instanceof SplitsAddition)) throw new UnsupportedOperationException(change.getClass().getName());
        queue.addAll(change.splits());
    }

    @Override
    public void wakeUp() {}

    @Override
    public void close() throws IOException {
        client.close();
    }
}
