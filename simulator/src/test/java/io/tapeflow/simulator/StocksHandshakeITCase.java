package io.tapeflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The /stocks handshake: connected, auth success/failure/timeout, per-channel acks, subscription filtering. */
@Timeout(60)
class StocksHandshakeITCase {
  private PolygonSimulator sim;

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void connectSendsTheConnectedStatusFrameVerbatim() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").scenario(ScenarioSpec.basic(3, 1)).start();
    // When
    try (WsTestClient c = new WsTestClient(sim.wsUrl())) {
      // Then
      assertThat(c.next()).isEqualTo("[{\"ev\":\"status\",\"status\":\"connected\",\"message\":\"Connected Successfully\"}]");
      c.send("{\"action\":\"auth\",\"params\":\"k\"}");
      assertThat(c.next()).isEqualTo("[{\"ev\":\"status\",\"status\":\"auth_success\",\"message\":\"authenticated\"}]");
    }
  }

  @Test
  void aWrongKeyGetsAuthFailedAndTheSocketIsClosed() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("good").scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient c = new WsTestClient(sim.wsUrl())) {
      assertThat(c.nextStatus()).isEqualTo("connected");
      // When
      c.send("{\"action\":\"auth\",\"params\":\"bad\"}");
      // Then
      assertThat(c.next()).isEqualTo("[{\"ev\":\"status\",\"status\":\"auth_failed\",\"message\":\"authentication failed\"}]");
      assertThat(c.awaitClose()).isEqualTo(1008);
    }
  }

  @Test
  void noAuthWithinTheTimeoutGetsAuthTimeoutAndClose() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").authTimeout(Duration.ofMillis(200))
        .scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient c = new WsTestClient(sim.wsUrl())) {
      // When: the client never authenticates
      assertThat(c.nextStatus()).isEqualTo("connected");
      // Then
      assertThat(c.next()).isEqualTo(
          "[{\"ev\":\"status\",\"status\":\"auth_timeout\",\"message\":\"No authentication request received.\"}]");
      assertThat(c.awaitClose()).isEqualTo(1008);
    }
  }

  @Test
  void subscribingBeforeAuthIsRefused() throws Exception {
    sim = PolygonSimulator.builder().apiKeys("k").scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient c = new WsTestClient(sim.wsUrl())) {
      assertThat(c.nextStatus()).isEqualTo("connected");
      c.send("{\"action\":\"subscribe\",\"params\":\"T.AAPL\"}");
      assertThat(c.nextStatus()).isEqualTo("auth_required");
    }
  }

  @Test
  void eachChannelOfASubscriptionGetsItsOwnAckAndOnlySubscribedDataFollows() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").speed(0).scenario(ScenarioSpec.basic(5, 7)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      // When
      c.send("{\"action\":\"subscribe\",\"params\":\"T.AAPL,Q.MSFT,AM.*,LULD.*\"}");
      // Then: four acks, in order, each in its own frame
      for (String item : new String[] {"T.AAPL", "Q.MSFT", "AM.*", "LULD.*"}) {
        JsonNode ack = c.nextJson();
        assertThat(ack.size()).isEqualTo(1);
        assertThat(ack.get(0).path("status").asText()).isEqualTo("success");
        assertThat(ack.get(0).path("message").asText()).isEqualTo("subscribed to: " + item);
      }
      Set<String> seen = new HashSet<>();
      Set<String> amTickers = new HashSet<>();
      for (int i = 0; i < 400; i++) {
        for (JsonNode e : c.nextJson()) {
          String ev = e.path("ev").asText();
          String ticker = ev.equals("LULD") ? e.path("T").asText() : e.path("sym").asText();
          seen.add(ev);
          switch (ev) {
            case "T" -> assertThat(ticker).isEqualTo("AAPL");
            case "Q" -> assertThat(ticker).isEqualTo("MSFT");
            case "AM" -> amTickers.add(ticker);
            case "LULD" -> assertThat(ticker).isNotEmpty();
            default -> throw new AssertionError("unsubscribed event " + e);
          }
        }
      }
      assertThat(seen).contains("T", "Q", "AM", "LULD");
      assertThat(amTickers.size()).as("AM.* covers several tickers").isGreaterThan(1);
    }
  }

  @Test
  void unsubscribeIsAcknowledgedAndStopsThatChannel() throws Exception {
    // Given: two tickers, paced so that few frames are in flight at any time
    sim = PolygonSimulator.builder().apiKeys("k").speed(20).scenario(ScenarioSpec.basic(3, 3)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      c.subscribe("T.AAPL,T.MSFT");
      c.nextMatching(n -> n.toString().contains("\"sym\":\"AAPL\""));
      // When
      c.send("{\"action\":\"unsubscribe\",\"params\":\"T.AAPL\"}");
      // Then
      JsonNode ack = c.nextMatching(n -> n.get(0).path("ev").asText().equals("status"));
      assertThat(ack.get(0).path("message").asText()).isEqualTo("unsubscribed to: T.AAPL");
      for (int i = 0; i < 10; i++) {
        c.next(); // frames already in flight when the ack was written
      }
      int msft = 0;
      for (int i = 0; i < 30; i++) {
        JsonNode frame = c.nextJson();
        for (JsonNode e : frame) {
          assertThat(e.path("sym").asText()).isEqualTo("MSFT");
          msft++;
        }
      }
      assertThat(msft).isGreaterThanOrEqualTo(30);
    }
  }
}
