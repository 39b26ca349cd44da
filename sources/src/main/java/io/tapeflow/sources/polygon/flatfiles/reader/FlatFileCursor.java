package io.tapeflow.sources.polygon.flatfiles.reader;

import io.tapeflow.sources.polygon.flatfiles.csv.FlatFileFormatException;
import io.tapeflow.sources.polygon.flatfiles.csv.FlatFileRowReader;
import io.tapeflow.sources.polygon.flatfiles.csv.TickerFilter;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileObject;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import io.tapeflow.sources.polygon.flatfiles.store.ReopeningInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

/**
 * One open day file: raw bytes (re-opened on connection loss) → gzip → rows, positioned at the split's resume row.
 *
 * <p>Resuming re-reads and discards the consumed rows (newline scan only, no parsing): the only sound position in a
 * gzip stream without the inflater's 32 KiB window is its start. A file replaced since the checkpoint (other ETag)
 * fails instead of resuming at a row position that no longer means anything.
 */
final class FlatFileCursor implements Closeable {
    private static final int MAX_REOPENS = 5;

    final FlatFileSplit split;
    final FlatFileRowReader rows;
    private final ReopeningInputStream raw;
    private final GZIPInputStream gzip;
    private long bytesReported;
    private long rowsReported;

    FlatFileCursor(FlatFileStore store, FlatFileSplit split, TickerFilter filter) throws IOException {
        this.split = split;
        if (split.rowsConsumed() > 0 && !split.etag().isEmpty()) {
            FlatFileObject now = store.stat(split.key());
            if (!now.etag().equals(split.etag())) {
                throw new FlatFileFormatException(split.key() + " was replaced since the checkpoint (etag "
                        + split.etag() + " -> " + now.etag() + "); its row position no longer applies, re-run the day");
            }
        }
        this.raw = new ReopeningInputStream(store, split.key(), split.etag(), MAX_REOPENS);
        try {
            this.gzip = new GZIPInputStream(raw, 1 << 16);
            this.rows = new FlatFileRowReader(split.key(), split.dataset(), gzip, filter);
            rows.readHeader();
            rows.skipRows(split.rowsConsumed());
        } catch (IOException e) {
            raw.close();
            if (e instanceof FlatFileFormatException) throw e;
            throw new IOException(split.key() + " from " + store.describe() + " is not a readable gzip CSV: "
                    + e.getMessage(), e);
        }
        this.rowsReported = split.rowsConsumed();
    }

    /** Compressed bytes read since the last call. */
    long takeBytes() {
        long now = raw.position();
        long delta = now - bytesReported;
        bytesReported = now;
        return delta;
    }

    /** Data rows consumed since the last call. */
    long takeRows() {
        long now = rows.rowsConsumed();
        long delta = now - rowsReported;
        rowsReported = now;
        return delta;
    }

    @Override
    public void close() throws IOException {
        gzip.close();
    }
}
