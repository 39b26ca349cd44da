package io.tapeflow.sources.polygon.flatfiles.csv;

/** A data row that cannot be decoded; the reader turns it into a {@code Reject}, never a job failure. */
public final class RowFormatException extends Exception {
    public RowFormatException(String reason) {
        // No stack trace: bad rows are data, not bugs, and a fill-in per row would dominate a bad file's cost.
        super(reason, null, false, false);
    }
}
