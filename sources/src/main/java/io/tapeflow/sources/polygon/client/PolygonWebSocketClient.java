package io.tapeflow.sources.polygon.client;

/**
 * The only seam between the WebSocket source and the network: open a connection, send text, close. Tests plug in a
 * hand-written fake; {@link OkHttpPolygonWebSocketClient} is the real one.
 */
public interface PolygonWebSocketClient extends AutoCloseable {

    /** Starts connecting to {@code url}; every outcome arrives at {@code listener}, on the client's threads. */
    Connection connect(String url, Listener listener);

    /** Releases threads and pooled connections. */
    @Override
    void close();

    /** One live (or connecting) WebSocket. */
    interface Connection {
        /** Queues a text frame; false when the socket is already closing or closed. */
        boolean send(String text);

        /** Starts a graceful close. */
        void close(int code, String reason);

        /** Drops the socket at once (used when the peer stopped answering). */
        void cancel();
    }

    /** Callbacks of one connection. Implementations may block in {@link #onText} to push back on the server. */
    interface Listener {
        void onOpen();

        void onText(String text);

        /** The server closed (or finished closing) the socket. */
        void onClosed(int code, String reason);

        /** The socket failed: I/O error, handshake refused, or no pong within the ping interval. */
        void onFailure(Throwable error, int httpCode);
    }
}
