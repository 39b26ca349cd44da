package io.tapeflow.sources.polygon.flatfiles.reader;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplitState;
import io.tapeflow.sources.reader.FailFastSourceReaderBase;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;

/** The flat-file source reader: asks the enumerator for one file at a time and another when it finishes one. */
public final class FlatFileSourceReader
        extends FailFastSourceReaderBase<FlatFileRecord, MarketEvent, FlatFileSplit, FlatFileSplitState> {
    private final FlatFileReaderMetrics metrics;

    public FlatFileSourceReader(Supplier<SplitReader<FlatFileRecord, FlatFileSplit>> splitReaders,
            FlatFileReaderMetrics metrics, Configuration config, SourceReaderContext context) {
        super(splitReaders, new FlatFileRecordEmitter(), config, context);
        this.metrics = metrics;
    }

    @Override
    public void start() {
        // Only ask for work if the restore did not already hand us a split to finish.
        if (getNumberOfCurrentlyAssignedSplits() == 0) context.sendSplitRequest();
    }

    @Override
    protected void onSplitFinished(Map<String, FlatFileSplitState> finished) {
        metrics.filesCompleted.inc(finished.size());
        context.sendSplitRequest();
    }

    @Override
    protected FlatFileSplitState initializedState(FlatFileSplit split) {
        return new FlatFileSplitState(split);
    }

    @Override
    protected FlatFileSplit toSplitType(String splitId, FlatFileSplitState state) {
        return state.toSplit();
    }
}
