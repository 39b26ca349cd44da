package io.tapeflow.sources.polygon.client;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory {@link PolygonWebSocketClient}: tests play the server by calling {@link FakeConnection} methods, and
 * read back what the source sent. Every {@link #connect} is recorded, so reconnects are countable.
 */
public final class FakePolygonWebSocketClient implements PolygonWebSocketClient {
    private final List<FakeConnection> connections = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private volatile Runnable whileWaiting = () -> sleep(Duration.ofMillis(2));

    /** What to do while a test waits for the source (e.g. keep polling the reader so its fetcher is not blocked). */
    public void whileWaiting(Runnable action) {
        this.whileWaiting = action;
    }

    @Override
    public Connection connect(String url, Listener listener) {
        FakeConnection c = new FakeConnection(url, listener, this);
        connections.add(c);
        return c;
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    public int connectionCount() {
        return connections.size();
    }

    /** The {@code index}-th connection, waiting (up to 10 s, a guard, not an assertion) until it exists. */
    public FakeConnection connection(int index) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (connections.size() <= index) {
            if (System.nanoTime() > deadline) throw new AssertionError("no connection #" + index + " was opened");
            whileWaiting.run();
        }
        return connections.get(index);
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One fake socket: the test is the server. */
    public static final class FakeConnection implements Connection {
        public final String url;
        private final Listener listener;
        private final List<String> sent = new CopyOnWriteArrayList<>();
        private volatile boolean cancelled;
        private volatile boolean closedByClient;
        private final FakePolygonWebSocketClient client;

        FakeConnection(String url, Listener listener, FakePolygonWebSocketClient client) {
            this.url = url;
            this.listener = listener;
            this.client = client;
        }

        @Override
        public boolean send(String text) {
            if (cancelled || closedByClient) return false;
            sent.add(text);
            return true;
        }

        @Override
        public void close(int code, String reason) {
            closedByClient = true;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        public boolean isClosedByClient() {
            return closedByClient;
        }

        /** Everything the source sent on this socket so far. */
        public List<String> sent() {
            return List.copyOf(sent);
        }

        /** Waits (guard only) until the source has sent at least {@code n} messages, then returns them all. */
        public List<String> awaitSent(int n) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (sent.size() < n) {
                if (System.nanoTime() > deadline) throw new AssertionError("only sent " + sent);
                client.whileWaiting.run();
            }
            return sent();
        }

        /** The handshake: socket open plus the server's greeting. */
        public FakeConnection open() {
            listener.onOpen();
            text("[{\"ev\":\"status\",\"status\":\"connected\",\"message\":\"Connected Successfully\"}]");
            return this;
        }

        public FakeConnection status(String status, String message) {
            return text("[{\"ev\":\"status\",\"status\":\"" + status + "\",\"message\":\"" + message + "\"}]");
        }

        /** Opens, waits for the auth message and accepts it. */
        public FakeConnection openAndAuthenticate() {
            open();
            awaitSent(1);
            return status("auth_success", "authenticated");
        }

        public FakeConnection text(String frame) {
            listener.onText(frame);
            return this;
        }

        public void serverCloses(int code, String reason) {
            listener.onClosed(code, reason);
        }

        public void fail(Throwable error) {
            listener.onFailure(error, 0);
        }

        public void networkDrop() {
            fail(new IOException("Connection reset"));
        }
    }
}
