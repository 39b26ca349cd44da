package io.tapeflow.sources.polygon.flatfiles.csv;

import io.tapeflow.sources.model.MarketEvent;

/** Turns one split CSV row of a fixed flat-file schema into a {@link MarketEvent}; one instance per reader thread. */
public interface RowDecoder {
    /** The origin every decoded record carries. */
    String ORIGIN = "flatfile";

    /** Decodes a row whose field count was already checked against the header. */
    MarketEvent decode(CsvFields row) throws RowFormatException;
}
