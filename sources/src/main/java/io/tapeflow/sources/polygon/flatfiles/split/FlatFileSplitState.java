package io.tapeflow.sources.polygon.flatfiles.split;

/** The mutable view of a {@link FlatFileSplit} a reader advances as rows are emitted. */
public final class FlatFileSplitState {
    private final FlatFileSplit split;
    private long rowsConsumed;

    public FlatFileSplitState(FlatFileSplit split) {
        this.split = split;
        this.rowsConsumed = split.rowsConsumed();
    }

    public void setRowsConsumed(long rows) {
        this.rowsConsumed = rows;
    }

    public long rowsConsumed() {
        return rowsConsumed;
    }

    public FlatFileSplit toSplit() {
        return split.withRowsConsumed(rowsConsumed);
    }
}
