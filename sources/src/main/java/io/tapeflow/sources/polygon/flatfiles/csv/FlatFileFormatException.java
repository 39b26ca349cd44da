package io.tapeflow.sources.polygon.flatfiles.csv;

import java.io.IOException;

/** A whole file that cannot be read as its dataset (wrong header, empty, shorter than a checkpointed position). */
public final class FlatFileFormatException extends IOException {
    public FlatFileFormatException(String message) {
        super(message);
    }
}
