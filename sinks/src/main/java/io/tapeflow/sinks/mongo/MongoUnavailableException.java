package io.tapeflow.sinks.mongo;

/**
 * MongoDB cannot be used at start: unreachable, bad credentials or a malformed URI.
 *
 * <p>The message is one line meant for the user, with the URI already redacted.
 */
public final class MongoUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MongoUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
