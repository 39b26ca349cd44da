package io.tapeflow.sources.polygon.websocket;

/** A WebSocket condition the source must not retry (bad API key, no key, attempts exhausted); one clear line. */
public final class PolygonWebSocketException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PolygonWebSocketException(String message) {
        super(message);
    }
}
