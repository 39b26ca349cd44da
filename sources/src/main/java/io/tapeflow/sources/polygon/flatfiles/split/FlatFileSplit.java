package io.tapeflow.sources.polygon.flatfiles.split;

import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.flink.api.connector.source.SourceSplit;

/**
 * One day file of one dataset, plus how many data rows of it were already consumed.
 *
 * <p>A split is a whole file, resumed by row count: gzip has no random access (a member's inflater state depends on
 * every byte before it), so a byte range of a {@code .csv.gz} cannot be decoded on its own. The ETag from the listing
 * pins the exact file the position refers to.
 */
public final class FlatFileSplit implements SourceSplit {
    private final FlatFileDataset dataset;
    private final LocalDate day;
    private final String key;
    private final long sizeBytes;
    private final String etag;
    private final long rowsConsumed;

    public FlatFileSplit(FlatFileDataset dataset, LocalDate day, String key, long sizeBytes, String etag, long rowsConsumed) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.day = Objects.requireNonNull(day, "day");
        this.key = Objects.requireNonNull(key, "key");
        this.sizeBytes = sizeBytes;
        this.etag = etag == null ? "" : etag;
        this.rowsConsumed = rowsConsumed;
    }

    @Override
    public String splitId() {
        return key;
    }

    public FlatFileDataset dataset() {
        return dataset;
    }

    public LocalDate day() {
        return day;
    }

    public String key() {
        return key;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String etag() {
        return etag;
    }

    /** Data rows (after the header) already emitted, filtered or rejected. */
    public long rowsConsumed() {
        return rowsConsumed;
    }

    public FlatFileSplit withRowsConsumed(long rows) {
        return new FlatFileSplit(dataset, day, key, sizeBytes, etag, rows);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FlatFileSplit)) return false;
        FlatFileSplit s = (FlatFileSplit) o;
        return sizeBytes == s.sizeBytes && rowsConsumed == s.rowsConsumed && dataset == s.dataset
                && day.equals(s.day) && key.equals(s.key) && etag.equals(s.etag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, etag, rowsConsumed);
    }

    @Override
    public String toString() {
        return "FlatFileSplit{" + key + " rows=" + rowsConsumed + " etag=" + etag + "}";
    }
}
