package io.tapeflow.sources.polygon.rest.aggs;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.source.PositionedRecord;
import io.tapeflow.sources.reader.FailFastSourceReaderBase;
import java.util.Map;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;

/** Reader of {@link RestAggregatesSource}: pulls one ticker × chunk at a time, emits bars with their window start. */
final class RestAggregatesSourceReader extends FailFastSourceReaderBase<PositionedRecord, MarketEvent,
        RestAggregatesSplit, RestAggregatesSourceReader.State> {

    RestAggregatesSourceReader(PolygonRestClientFactory clients, SourceReaderContext context) {
        super(() -> new RestAggregatesSplitReader(clients.create()), (record, output, state) -> {
            output.collect(record.event, record.event.eventTimeMillis());
            if (record.position != PositionedRecord.NO_POSITION) state.lastStartMs = record.position;
        }, new Configuration(), context);
    }

    @Override
    public void start() {
        if (getNumberOfCurrentlyAssignedSplits() == 0) context.sendSplitRequest();
    }

    @Override
    protected void onSplitFinished(Map<String, State> finished) {
        context.sendSplitRequest();
    }

    @Override
    protected State initializedState(RestAggregatesSplit split) {
        return new State(split);
    }

    @Override
    protected RestAggregatesSplit toSplitType(String splitId, State state) {
        return state.split.withLastStartMs(state.lastStartMs);
    }

    /** The mutable position of one split. */
    static final class State {
        final RestAggregatesSplit split;
        long lastStartMs;

        State(RestAggregatesSplit split) {
            this.split = split;
            this.lastStartMs = split.lastStartMs();
        }
    }
}
