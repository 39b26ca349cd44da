package io.tapeflow.sources.polygon.flatfiles.reader;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplitState;
import org.apache.flink.api.connector.source.SourceOutput;
import org.apache.flink.connector.base.source.reader.RecordEmitter;

/**
 * Emits a row with its event time and moves the split position past it in the same step, so a checkpoint taken
 * between two records resumes exactly after the last one emitted.
 */
public final class FlatFileRecordEmitter implements RecordEmitter<FlatFileRecord, MarketEvent, FlatFileSplitState> {
    @Override
    public void emitRecord(FlatFileRecord record, SourceOutput<MarketEvent> output, FlatFileSplitState state) {
        output.collect(record.event, record.event.eventTimeMillis());
        state.setRowsConsumed(record.rowsConsumed);
    }
}
