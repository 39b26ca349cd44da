package io.tapeflow.sources.polygon.flatfiles.reader;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;

/**
 * Per-subtask progress counters for the CLI and dashboards: {@code rowsRead} (data rows, filtered ones included),
 * {@code rowsRejected}, {@code rowsFiltered}, {@code bytesRead} (compressed), {@code filesCompleted}, and the gauges
 * {@code firstRowEpochMs}/{@code lastRowEpochMs} (wall clock of the first and latest batch read; 0 before any) so a
 * benchmark can compute the rate once running, excluding job start-up and the work after reading. Updated from the
 * fetcher thread, hence thread-safe counters and volatile times.
 */
public final class FlatFileReaderMetrics {
    final Counter rowsRead;
    final Counter rowsRejected;
    final Counter rowsFiltered;
    final Counter bytesRead;
    final Counter filesCompleted;
    private volatile long firstRowEpochMs;
    private volatile long lastRowEpochMs;

    public FlatFileReaderMetrics(MetricGroup group) {
        this.rowsRead = group.counter("rowsRead", new ThreadSafeSimpleCounter());
        this.rowsRejected = group.counter("rowsRejected", new ThreadSafeSimpleCounter());
        this.rowsFiltered = group.counter("rowsFiltered", new ThreadSafeSimpleCounter());
        this.bytesRead = group.counter("bytesRead", new ThreadSafeSimpleCounter());
        this.filesCompleted = group.counter("filesCompleted", new ThreadSafeSimpleCounter());
        group.gauge("firstRowEpochMs", (Gauge<Long>) () -> firstRowEpochMs);
        group.gauge("lastRowEpochMs", (Gauge<Long>) () -> lastRowEpochMs);
    }

    /** Records that rows were read in a batch that started at {@code batchStartMs} and ends now. */
    void rowsReadBetween(long batchStartMs, long rows) {
        if (rows <= 0) return;
        if (firstRowEpochMs == 0) firstRowEpochMs = batchStartMs;
        lastRowEpochMs = System.currentTimeMillis();
    }

    public long rowsRead() {
        return rowsRead.getCount();
    }

    public long filesCompleted() {
        return filesCompleted.getCount();
    }
}
