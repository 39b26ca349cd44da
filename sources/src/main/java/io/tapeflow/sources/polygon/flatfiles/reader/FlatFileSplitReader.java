package io.tapeflow.sources.polygon.flatfiles.reader;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.FlatFileProgressListener;
import io.tapeflow.sources.polygon.flatfiles.csv.TickerFilter;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsAddition;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;

/**
 * Runs in the fetcher thread: reads the assigned files one after another, a batch of rows per {@link #fetch()}, so
 * decompression and parsing overlap with the task thread emitting the previous batch.
 */
public final class FlatFileSplitReader implements SplitReader<FlatFileRecord, FlatFileSplit> {
    private final FlatFileStore store;
    private final TickerFilter filter;
    private final FlatFileProgressListener listener;
    private final FlatFileReaderMetrics metrics;
    private final int batchRows;
    private final Queue<FlatFileSplit> queue = new ArrayDeque<>();
    private FlatFileCursor current;

    public FlatFileSplitReader(FlatFileStore store, TickerFilter filter, FlatFileProgressListener listener,
            FlatFileReaderMetrics metrics, int batchRows) {
        this.store = store;
        this.filter = filter;
        this.listener = listener;
        this.metrics = metrics;
        this.batchRows = batchRows;
    }

    @Override
    public RecordsWithSplitIds<FlatFileRecord> fetch() throws IOException {
        RecordsBySplits.Builder<FlatFileRecord> batch = new RecordsBySplits.Builder<>();
        long startMs = System.currentTimeMillis();
        if (current == null) {
            FlatFileSplit next = queue.poll();
            if (next == null) return batch.build();
            current = new FlatFileCursor(store, next, filter);
            listener.fileStarted(next.key(), next.sizeBytes(), next.rowsConsumed());
        }
        String id = current.split.splitId();
        long rejectedBefore = current.rows.rowsRejected();
        long filteredBefore = current.rows.rowsFiltered();
        boolean finished = false;
        try {
            for (int n = 0; n < batchRows; n++) {
                MarketEvent event = current.rows.next();
                if (event == null) {
                    finished = true;
                    break;
                }
                batch.add(id, new FlatFileRecord(event, current.rows.rowsConsumed()));
            }
        } catch (IOException e) {
            // A corrupt or truncated gzip stream surfaces here without naming the file; the job must say which.
            long row = current.rows.rowsConsumed();
            closeCurrent();
            if (e.getMessage() != null && e.getMessage().contains(id)) throw e;
            throw new IOException(id + ": reading failed after row " + row + ": " + e, e);
        }
        long rows = current.takeRows();
        long bytes = current.takeBytes();
        metrics.rowsRead.inc(rows);
        metrics.rowsReadBetween(startMs, rows);
        metrics.bytesRead.inc(bytes);
        metrics.rowsRejected.inc(current.rows.rowsRejected() - rejectedBefore);
        metrics.rowsFiltered.inc(current.rows.rowsFiltered() - filteredBefore);
        listener.progress(id, rows, bytes);
        if (finished) {
            batch.addFinishedSplit(id);
            listener.fileFinished(id, current.rows.rowsConsumed(), current.rows.rowsRejected());
            closeCurrent();
        }
        return batch.build();
    }

    @Override
    public void handleSplitsChanges(SplitsChange<FlatFileSplit> change) {
        if (!(change instanceof SplitsAddition)) {
            throw new UnsupportedOperationException("unsupported split change " + change.getClass().getSimpleName());
        }
        queue.addAll(change.splits());
    }

    @Override
    public void wakeUp() {
        // fetch() never blocks waiting for data, it only reads; nothing to interrupt.
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            FlatFileCursor c = current;
            current = null;
            c.close();
        }
    }
}
