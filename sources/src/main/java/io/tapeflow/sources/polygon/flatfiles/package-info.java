/**
 * Polygon flat files (S3 {@code flatfiles} bucket or a local copy of its key layout) as a bounded FLIP-27 source.
 *
 * <p>Flow: {@link io.tapeflow.sources.polygon.flatfiles.enumerator.TradingDayListing} lists each dataset's month
 * folders once, so only days that have a file become splits (no holiday calendar). The enumerator hands one file per
 * request to readers; a reader's fetcher thread streams gzip → lines → {@code CsvFields} → row decoder, never holding
 * a file in memory, and emits {@code MarketEvent}s (bad rows as {@code REJECT}, location {@code key:line}).
 *
 * <p>Resume: a split is a whole file plus the number of data rows consumed. Gzip cannot be entered mid-stream (the
 * inflater needs the previous 32 KiB window and bit position, which {@code java.util.zip.Inflater} does not expose),
 * so a restore re-reads the file from the start and skips the consumed rows with a newline scan, no parsing. The
 * split's ETag pins which file the row count refers to. Byte-range splits would need a gzip access-point index
 * (zran-style) built on a first pass; the split format is versioned so that can be added later.
 *
 * <p>Metrics, per reader subtask: {@code rowsRead}, {@code rowsRejected}, {@code rowsFiltered}, {@code bytesRead}
 * (compressed), {@code filesCompleted}; on the enumerator: {@code filesTotal}, {@code bytesTotal},
 * {@code filesAssigned}, {@code filesPending}. Local runs can also pass a
 * {@link io.tapeflow.sources.polygon.flatfiles.FlatFileProgressListener}.
 */
package io.tapeflow.sources.polygon.flatfiles;
