package io.tapeflow.sources.polygon.testutils;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** A bare OkHttp WebSocket for tests that need "another client" on the same account. */
public final class RawWebSocket implements AutoCloseable {
    private final OkHttpClient http = new OkHttpClient();
    private final WebSocket socket;

    public RawWebSocket(String url) {
        socket = http.newWebSocket(new Request.Builder().url(url).build(), new WebSocketListener() {});
    }

    public void send(String text) {
        socket.send(text);
    }

    @Override
    public void close() {
        socket.cancel();
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }
}
