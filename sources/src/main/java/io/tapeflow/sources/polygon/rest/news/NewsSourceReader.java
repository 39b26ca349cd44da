package io.tapeflow.sources.polygon.rest.news;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.source.PositionedRecord;
import io.tapeflow.sources.reader.FailFastSourceReaderBase;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;

/** Reader of {@link NewsSource}; the emitter records each emitted id in the checkpointed dedupe state. */
final class NewsSourceReader extends FailFastSourceReaderBase<PositionedRecord, MarketEvent, NewsSplit,
        NewsSourceReader.State> {
    private final long lookbackMs;
    private final boolean unbounded;

    NewsSourceReader(PolygonRestClientFactory clients, boolean unbounded, long pollIntervalMs, long lookbackMs,
            SourceReaderContext context) {
        super(() -> new NewsSplitReader(clients.create(), unbounded, pollIntervalMs, lookbackMs),
                (record, output, state) -> {
                    output.collect(record.event, record.event.eventTimeMillis());
                    if (record.id != null) state.seen.add(record.id, record.position);
                }, new Configuration(), context);
        this.lookbackMs = lookbackMs;
        this.unbounded = unbounded;
    }

    @Override
    public void addSplits(List<NewsSplit> splits) {
        super.addSplits(splits);
        // Polled feeds never finish, so asking again only on a finished split would leave every reader with one
        // feed and the rest unassigned: keep asking until the enumerator says there are no more.
        if (unbounded) context.sendSplitRequest();
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
    protected State initializedState(NewsSplit split) {
        return new State(split, new SeenNews(split, lookbackMs));
    }

    @Override
    protected NewsSplit toSplitType(String splitId, State state) {
        return state.seen.toSplit(state.split);
    }

    /** The checkpointed dedupe memory of one feed. */
    static final class State {
        final NewsSplit split;
        final SeenNews seen;

        State(NewsSplit split, SeenNews seen) {
            this.split = split;
            this.seen = seen;
        }
    }
}
