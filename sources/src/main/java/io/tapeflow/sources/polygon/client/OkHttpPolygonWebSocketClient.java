package io.tapeflow.sources.polygon.client;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * {@link PolygonWebSocketClient} on OkHttp 4.
 *
 * <p>Keepalive is OkHttp's: a WebSocket ping every {@code pingInterval}; when the pong for one ping has not arrived by
 * the time the next is due, OkHttp fails the socket ({@link Listener#onFailure}), so a silent peer is detected within
 * one to two ping intervals. Messages are delivered on OkHttp's reader thread, so a listener that blocks there stops
 * reading the socket: that is how back-pressure reaches the server.
 */
public final class OkHttpPolygonWebSocketClient implements PolygonWebSocketClient {
    private final OkHttpClient http;

    public OkHttpPolygonWebSocketClient(Duration pingInterval, Duration connectTimeout) {
        this.http = new OkHttpClient.Builder()
                .pingInterval(pingInterval.toMillis(), TimeUnit.MILLISECONDS)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS) // liveness is the ping's job; quiet markets are normal
                .retryOnConnectionFailure(false) // reconnect policy lives in the source, not in the HTTP client
                .build();
    }

    @Override
    public Connection connect(String url, Listener listener) {
        WebSocket socket = http.newWebSocket(new Request.Builder().url(url).build(), new Adapter(listener));
        return new Connection() {
            @Override
            public boolean send(String text) {
                return socket.send(text);
            }

            @Override
            public void close(int code, String reason) {
                socket.close(code, reason);
            }

            @Override
            public void cancel() {
                socket.cancel();
            }
        };
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdownNow();
        http.connectionPool().evictAll();
    }

    private static final class Adapter extends WebSocketListener {
        private final Listener listener;

        Adapter(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            listener.onOpen();
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            listener.onText(text);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            listener.onClosed(code, reason);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            listener.onFailure(t, response == null ? 0 : response.code());
        }
    }
}
