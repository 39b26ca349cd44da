package io.tapeflow.sources.polygon.flatfiles.enumerator;

import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import java.util.ArrayList;
import java.util.List;

/**
 * The enumerator's checkpoint: files not yet handed to a reader, whether the listing already ran (so a restore does
 * not list again and re-read finished days), and the totals the progress gauges report against.
 */
public final class FlatFileEnumState {
    private final List<FlatFileSplit> pending;
    private final boolean discovered;
    private final int totalFiles;
    private final long totalBytes;

    public FlatFileEnumState(List<FlatFileSplit> pending, boolean discovered, int totalFiles, long totalBytes) {
        this.pending = new ArrayList<>(pending);
        this.discovered = discovered;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
    }

    public static FlatFileEnumState initial() {
        return new FlatFileEnumState(List.of(), false, 0, 0L);
    }

    public List<FlatFileSplit> pending() {
        return pending;
    }

    public boolean discovered() {
        return discovered;
    }

    public int totalFiles() {
        return totalFiles;
    }

    public long totalBytes() {
        return totalBytes;
    }
}
