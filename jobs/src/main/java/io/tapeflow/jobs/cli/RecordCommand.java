package io.tapeflow.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code record}: writes every server frame of a WebSocket session to JSONL exactly as received, one frame per line
 * (CONTRACT section 3), so sessions can be replayed by the simulator and decoded by {@code inspect}.
 */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = "Record a WebSocket feed to JSONL (one server frame per line, as received).")
public class RecordCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--ws-url", defaultValue = "wss://socket.massive.com/stocks",
            description = "WebSocket URL (default: ${DEFAULT-VALUE}).")
    String wsUrl;

    @Option(names = "--tickers", defaultValue = "*", split = ",", description = "Tickers, or * (default).")
    String[] tickers;

    @Option(names = "--channels", defaultValue = "T,Q,AM,LULD", split = ",",
            description = "Channels: T, Q, A, AM, LULD (default: ${DEFAULT-VALUE}).")
    String[] channels;

    @Option(names = {"--out", "-o"}, required = true, description = "JSONL file to write.")
    Path out;

    @Option(names = "--duration", defaultValue = "PT60S",
            description = "How long to record, ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration duration;

    @Override
    public Integer call() throws Exception {
        String key = ApiKeys.forUrl(wsUrl);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        OkHttpClient http = new OkHttpClient.Builder().pingInterval(Duration.ofSeconds(25)).build();
        AtomicLong frames = new AtomicLong();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            WebSocket socket = http.newWebSocket(new Request.Builder().url(wsUrl).build(),
                    new Recorder(writer, key, frames, finished));
            try {
                finished.get(duration.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException done) {
                socket.close(1000, "recording finished");
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof TapeflowException ? (TapeflowException) e.getCause()
                        : new TapeflowException("recording failed: " + e.getCause().getMessage());
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        System.err.println("tapeflow: recorded " + frames.get() + " frames to " + out);
        return 0;
    }

    private String subscriptions() {
        StringBuilder sb = new StringBuilder();
        for (String c : channels) {
            for (String t : tickers) {
                sb.append(sb.length() == 0 ? "" : ",").append(c.trim()).append('.').append(t.trim());
            }
        }
        return sb.toString();
    }

    /** Writes frames as they arrive and drives the handshake from the status frames it sees. */
    private final class Recorder extends WebSocketListener {
        private final BufferedWriter writer;
        private final String key;
        private final AtomicLong frames;
        private final CompletableFuture<Void> finished;

        Recorder(BufferedWriter writer, String key, AtomicLong frames, CompletableFuture<Void> finished) {
            this.writer = writer;
            this.key = key;
            this.frames = frames;
            this.finished = finished;
        }

        @Override
        public void onMessage(WebSocket ws, String text) {
            try {
                // A frame is one JSON document; a raw line break inside it can only be insignificant whitespace.
                writer.write(text.replace('\n', ' ').replace('\r', ' '));
                writer.newLine();
                frames.incrementAndGet();
                for (JsonNode status : statuses(text)) {
                    String s = status.path("status").asText();
                    if (s.equals("connected") || (s.equals("success") && frames.get() == 1)) {
                        ws.send(JSON.createObjectNode().put("action", "auth").put("params", key).toString());
                    } else if (s.equals("auth_success")) {
                        ws.send(JSON.createObjectNode().put("action", "subscribe").put("params", subscriptions())
                                .toString());
                    } else if (s.equals("auth_failed") || s.equals("max_connections")) {
                        finished.completeExceptionally(new TapeflowException("the server said " + s + ": "
                                + status.path("message").asText()));
                    }
                }
            } catch (IOException e) {
                finished.completeExceptionally(e);
            }
        }

        @Override
        public void onClosed(WebSocket ws, int code, String reason) {
            finished.complete(null);
        }

        @Override
        public void onFailure(WebSocket ws, Throwable t, Response response) {
            finished.completeExceptionally(new TapeflowException("connection to " + wsUrl + " failed: " + t));
        }
    }

    private static Iterable<JsonNode> statuses(String frame) {
        if (!frame.contains("\"status\"")) {
            return java.util.List.of(); // data frames: no need to parse them at full-market rates
        }
        try {
            JsonNode node = JSON.readTree(frame);
            java.util.List<JsonNode> out = new java.util.ArrayList<>();
            if (node != null && node.isArray()) {
                node.forEach(n -> {
                    if ("status".equals(n.path("ev").asText())) {
                        out.add(n);
                    }
                });
            }
            return out;
        } catch (IOException malformed) {
            return java.util.List.of(); // recorded verbatim all the same: recordings keep bad frames too
        }
    }
}
