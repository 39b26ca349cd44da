package io.tapeflow.sources.polygon.flatfiles.store;

import java.io.IOException;

/** A key the listing promised is gone or unreadable; never silently skipped. */
public final class FlatFileMissingException extends IOException {
    public FlatFileMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
