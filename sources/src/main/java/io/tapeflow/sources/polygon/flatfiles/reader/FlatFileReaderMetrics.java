package io.tapeflow.sources.polygon.flatfiles.reader;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;

/**
 * Per-subtask progress counters for the CLI and dashboards: {@code rowsRead} (data rows, filtered ones included),
 * {@code rowsRejected}, {@code rowsFiltered}, {@code bytesRead} (compressed), {@code filesCompleted}. Updated from the
 * fetcher thread, hence thread-safe counters.
 */
public final class FlatFileReaderMetrics {
    final Counter rowsRead;
    final Counter rowsRejected;
    final Counter rowsFiltered;
    final Counter bytesRead;
    final Counter filesCompleted;

    public FlatFileReaderMetrics(MetricGroup group) {
        this.rowsRead = group.counter("rowsRead", new ThreadSafeSimpleCounter());
        this.rowsRejected = group.counter("rowsRejected", new ThreadSafeSimpleCounter());
        this.rowsFiltered = group.counter("rowsFiltered", new ThreadSafeSimpleCounter());
        this.bytesRead = group.counter("bytesRead", new ThreadSafeSimpleCounter());
        this.filesCompleted = group.counter("filesCompleted", new ThreadSafeSimpleCounter());
    }

    public long rowsRead() {
        return rowsRead.getCount();
    }

    public long filesCompleted() {
        return filesCompleted.getCount();
    }
}
