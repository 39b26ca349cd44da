package io.tapeflow.sources.polygon.flatfiles;

import java.io.Serializable;

/**
 * Progress callbacks from the flat-file readers, for a CLI progress bar in local runs (on a cluster, use the
 * metrics: {@code filesCompleted}, {@code rowsRead}, {@code bytesRead}, {@code filesTotal}). Called from reader
 * threads of every subtask, so implementations must be thread-safe and cheap.
 */
public interface FlatFileProgressListener extends Serializable {

    /** A reader starts a file of {@code sizeBytes} compressed bytes, or resumes it after {@code startRow} rows. */
    default void fileStarted(String key, long sizeBytes, long startRow) {}

    /** A batch was read: {@code rows} data rows and {@code bytes} compressed bytes since the last call. */
    default void progress(String key, long rows, long bytes) {}

    /** A file is fully read; {@code rows} data rows in total, {@code rejected} of them bad. */
    default void fileFinished(String key, long rows, long rejected) {}

    /** Does nothing. */
    static FlatFileProgressListener none() {
        return new FlatFileProgressListener() {
            private static final long serialVersionUID = 1L;
        };
    }
}
