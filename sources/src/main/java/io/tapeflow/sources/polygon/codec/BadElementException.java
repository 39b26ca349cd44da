package io.tapeflow.sources.polygon.codec;

/** Why one frame element cannot become an event; carries only a reason, so it is cheap enough for bad input. */
final class BadElementException extends Exception {
    private static final long serialVersionUID = 1L;

    BadElementException(String reason) {
        super(reason, null, false, false);
    }
}
