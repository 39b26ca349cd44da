package io.tapeflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** A plain OkHttp WebSocket client for the simulator tests: queues every text frame, records the close. */
final class WsTestClient implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);

  final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final OkHttpClient http;
  private final WebSocket ws;
  volatile CountDownGate gate;

  WsTestClient(String url) {
    this(url, Duration.ZERO);
  }

  WsTestClient(String url, Duration pingInterval) {
    http = new OkHttpClient.Builder().pingInterval(pingInterval).readTimeout(Duration.ZERO).build();
    ws = http.newWebSocket(new Request.Builder().url(url).build(), new WebSocketListener() {
      @Override
      public void onMessage(WebSocket webSocket, String text) {
        CountDownGate g = gate;
        if (g != null) {
          g.block();
        }
        frames.add(text);
      }

      @Override
      public void onClosing(WebSocket webSocket, int code, String reason) {
        closed.complete(code);
        webSocket.close(1000, null);
      }

      @Override
      public void onClosed(WebSocket webSocket, int code, String reason) {
        closed.complete(code);
      }

      @Override
      public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        closed.complete(-1);
      }
    });
  }

  /** Connects, expects "connected", authenticates and expects "auth_success". */
  static WsTestClient authenticated(PolygonSimulator sim, String key) throws Exception {
    WsTestClient c = new WsTestClient(sim.wsUrl());
    assertThat(c.nextStatus()).isEqualTo("connected");
    c.send("{\"action\":\"auth\",\"params\":\"" + key + "\"}");
    assertThat(c.nextStatus()).isEqualTo("auth_success");
    return c;
  }

  void send(String text) {
    ws.send(text);
  }

  /** Subscribes and consumes the one ack per channel. */
  void subscribe(String params) throws Exception {
    send("{\"action\":\"subscribe\",\"params\":\"" + params + "\"}");
    for (String item : params.split(",")) {
      JsonNode ack = nextMatching(n -> n.get(0).path("ev").asText().equals("status"));
      assertThat(ack.get(0).path("message").asText()).isEqualTo("subscribed to: " + item);
    }
  }

  String next() throws InterruptedException {
    String f = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    if (f == null) {
      fail("no frame within " + WAIT);
    }
    return f;
  }

  JsonNode nextJson() throws Exception {
    return JSON.readTree(next());
  }

  String nextStatus() throws Exception {
    JsonNode n = nextJson();
    assertThat(n.isArray()).isTrue();
    assertThat(n.get(0).path("ev").asText()).isEqualTo("status");
    return n.get(0).path("status").asText();
  }

  /** Skips frames until one (a parsed JSON array) matches. */
  JsonNode nextMatching(Predicate<JsonNode> p) throws Exception {
    while (true) {
      JsonNode n = nextJson();
      if (p.test(n)) {
        return n;
      }
    }
  }

  int awaitClose() throws Exception {
    return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    ws.cancel();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** Blocks the reader thread (so the client stops reading) until released. */
  static final class CountDownGate {
    private final java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);

    void block() {
      try {
        latch.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void release() {
      latch.countDown();
    }
  }
}
