package io.tapeflow.sources.polygon.rest;

/** One result item that cannot become a record; it becomes a reject with the item's JSON. */
final class RestDecodeException extends Exception {
    RestDecodeException(String reason) {
        super(reason, null, false, false);
    }
}
