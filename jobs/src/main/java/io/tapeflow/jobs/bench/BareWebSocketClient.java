package io.tapeflow.jobs.bench;

import io.tapeflow.jobs.cli.ApiKeys;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The baseline of the live benchmark: the same WebSocket library as the source (OkHttp), the same frames, but every
 * frame is discarded on arrival. What tapeflow reaches is reported as a fraction of this.
 */
final class BareWebSocketClient {
    private BareWebSocketClient() {}

    /** Receives frames until {@code expectedFrames} arrived; returns events/s over first to last frame. */
    static double eventsPerSecond(String wsUrl, long expectedFrames, long events, Duration timeout)
            throws InterruptedException {
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong frames = new AtomicLong();
        long[] firstLast = new long[2];
        WebSocket ws = http.newWebSocket(new Request.Builder().url(wsUrl).build(), new WebSocketListener() {
            @Override
            public void onMessage(WebSocket socket, String text) {
                if (text.startsWith("[{\"ev\":\"status\"")) {
                    if (text.contains("\"connected\"")) {
                        socket.send("{\"action\":\"auth\",\"params\":\"" + ApiKeys.SIMULATOR_KEY + "\"}");
                    } else if (text.contains("\"auth_success\"")) {
                        socket.send("{\"action\":\"subscribe\",\"params\":\"T.*,Q.*\"}");
                    }
                    return;
                }
                long n = frames.incrementAndGet();
                if (n == 1) {
                    firstLast[0] = System.nanoTime();
                }
                if (n >= expectedFrames) {
                    firstLast[1] = System.nanoTime();
                    done.countDown();
                }
            }
        });
        try {
            if (!done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("baseline client saw " + frames.get() + " of " + expectedFrames
                        + " frames within " + timeout);
            }
            return events * 1e9 / Math.max(1, firstLast[1] - firstLast[0]);
        } finally {
            ws.cancel();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
