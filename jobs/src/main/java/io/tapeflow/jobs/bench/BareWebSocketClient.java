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

    /**
     * Frame latency of the bare client against the simulator's paced clock: for {@code seconds} after a warm-up,
     * the delay between each frame's due time (that of its first event's {@code t}) and its arrival, in ms.
     */
    static org.HdrHistogram.Histogram frameLatency(io.tapeflow.simulator.PolygonSimulator sim, int seconds)
            throws InterruptedException {
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();
        org.HdrHistogram.Histogram millis = new org.HdrHistogram.ConcurrentHistogram(60_000L, 3);
        long[] recordFrom = {Long.MAX_VALUE};
        WebSocket ws = http.newWebSocket(new Request.Builder().url(sim.wsUrl()).build(), new WebSocketListener() {
            @Override
            public void onMessage(WebSocket socket, String text) {
                long now = System.currentTimeMillis();
                if (handshake(socket, text)) {
                    if (text.contains("\"auth_success\"")) {
                        recordFrom[0] = now + 3_000;
                    }
                    return;
                }
                int at = text.indexOf("\"t\":");
                if (now < recordFrom[0] || at < 0) {
                    return;
                }
                int end = at + 4;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                long due = sim.dueWallEpochMs(Long.parseLong(text.substring(at + 4, end)));
                if (due != Long.MIN_VALUE) {
                    millis.recordValue(Math.max(0, Math.min(now - due, millis.getHighestTrackableValue())));
                }
            }
        });
        try {
            Thread.sleep((seconds + 3) * 1000L);
            return millis.copy();
        } finally {
            ws.cancel();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * Receives frames until {@code expectedFrames} arrived; returns events/s from the end of the warm-up (the first
     * {@link LiveThroughputBench#WARM_UP_FRACTION} of the frames) to the last frame, as tapeflow is timed.
     */
    static double eventsPerSecond(String wsUrl, long expectedFrames, long events, Duration timeout)
            throws InterruptedException {
        long warmUpFrames = Math.max(1, (long) (expectedFrames * LiveThroughputBench.WARM_UP_FRACTION));
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ZERO).build();
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong frames = new AtomicLong();
        long[] firstLast = new long[2];
        WebSocket ws = http.newWebSocket(new Request.Builder().url(wsUrl).build(), new WebSocketListener() {
            @Override
            public void onMessage(WebSocket socket, String text) {
                if (handshake(socket, text)) {
                    return;
                }
                long n = frames.incrementAndGet();
                if (n == warmUpFrames) {
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
            double timed = events * (double) (expectedFrames - warmUpFrames) / expectedFrames;
            return timed * 1e9 / Math.max(1, firstLast[1] - firstLast[0]);
        } finally {
            ws.cancel();
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /**
     * Answers the simulator's status frames (auth on connect, subscribe to all trades and quotes once authenticated);
     * returns false for data frames, which the caller times and discards.
     */
    private static boolean handshake(WebSocket socket, String text) {
        if (!text.startsWith("[{\"ev\":\"status\"")) {
            return false;
        }
        if (text.contains("\"connected\"")) {
            socket.send("{\"action\":\"auth\",\"params\":\"" + ApiKeys.SIMULATOR_KEY + "\"}");
        } else if (text.contains("\"auth_success\"")) {
            socket.send("{\"action\":\"subscribe\",\"params\":\"T.*,Q.*\"}");
        }
        return true;
    }
}
