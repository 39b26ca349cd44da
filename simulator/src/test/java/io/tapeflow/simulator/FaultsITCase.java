package io.tapeflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Faults on demand and by plan: drops, connection limit, slow consumer, bad frames, stalls, the sent log. */
@Timeout(60)
class FaultsITCase {
  private PolygonSimulator sim;

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }


  @Test
  void dropAllNowCutsEveryConnectionAndANewOneGetsTheNextIndex() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").speed(5).scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient first = WsTestClient.authenticated(sim, "k")) {
      first.subscribe("T.*");
      first.nextMatching(n -> n.get(0).path("ev").asText().equals("T"));
      // When
      sim.dropAllNow();
      // Then
      first.awaitClose();
      try (WsTestClient second = WsTestClient.authenticated(sim, "k")) {
        second.subscribe("T.*");
        second.nextMatching(n -> n.get(0).path("ev").asText().equals("T"));
        assertThat(sim.connectionsOpened()).isEqualTo(2);
        assertThat(sim.sentLog(1).size()).isPositive();
      }
    }
  }

  @Test
  void dropEveryClosesConnectionsWithoutBeingAsked() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").dropEvery(Duration.ofMillis(300))
        .scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      // When / Then
      assertThat(c.awaitClose()).isNotNull();
    }
  }

  @Test
  void aConnectionBeyondTheLimitGetsMaxConnectionsAndClose1008() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").maxConnections(1).scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient first = WsTestClient.authenticated(sim, "k");
        WsTestClient second = new WsTestClient(sim.wsUrl())) {
      // When: the second connection arrives while the first is open
      // Then
      assertThat(second.next()).isEqualTo(
          "[{\"ev\":\"status\",\"status\":\"max_connections\",\"message\":\"Maximum number of connections exceeded.\"}]");
      assertThat(second.awaitClose()).isEqualTo(1008);
      first.send("{\"action\":\"subscribe\",\"params\":\"T.AAPL\"}");
      assertThat(first.nextStatus()).isEqualTo("success");
    }
  }

  @Test
  void aClientThatStopsReadingIsCutAsASlowConsumer() throws Exception {
    // Given: a small bound and a client whose reader blocks
    sim = PolygonSimulator.builder().apiKeys("k").speed(0).slowConsumerBytes(256 * 1024)
        .scenario(ScenarioSpec.basic(10, 2)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      WsTestClient.CountDownGate gate = new WsTestClient.CountDownGate();
      c.gate = gate;
      // When
      c.send("{\"action\":\"subscribe\",\"params\":\"T.*,Q.*\"}");
      while (sim.slowConsumerDisconnects() == 0) {
        Thread.sleep(20);
      }
      gate.release();
      c.gate = null;
      // Then: after the backlog, the last text frame says slow_consumer and the socket closes
      String last = null;
      while (!c.closed.isDone() || !c.frames.isEmpty()) {
        String f = c.frames.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (f != null) {
          last = f;
        }
      }
      assertThat(last).contains("\"status\":\"slow_consumer\"");
    }
  }

  @Test
  void malformedFramesAreDeliveredAndTheSessionGoesOn() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").speed(10).scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      c.subscribe("T.*");
      // When
      sim.sendRaw("[{\"ev\":\"XYZ\",\"sym\":\"AAPL\"}]");
      sim.sendMalformed();
      // Then
      List<String> bad = new ArrayList<>();
      while (bad.size() < 7) {
        String f = c.next();
        if (!isWellFormedTradeFrame(f)) {
          bad.add(f);
        }
      }
      assertThat(bad.get(0)).isEqualTo("[{\"ev\":\"XYZ\",\"sym\":\"AAPL\"}]");
      assertThat(bad).anyMatch(f -> f.startsWith("[{") && !f.endsWith("]")); // truncated JSON
      assertThat(bad).contains("not json at all");
      JsonNode after = c.nextMatching(n -> n.isArray() && n.get(0).path("ev").asText().equals("T"));
      assertThat(after.get(0).path("sym").asText()).isNotEmpty();
    }
  }

  @Test
  void malformedRateInjectsBadFramesBetweenDataFrames() throws Exception {
    sim = PolygonSimulator.builder().apiKeys("k").speed(0).malformedRate(1.0)
        .scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      c.subscribe("T.*");
      int bad = 0;
      for (int i = 0; i < 20; i++) {
        if (!isWellFormedTradeFrame(c.next())) {
          bad++;
        }
      }
      assertThat(bad).isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void aStalledServerAnswersNoPingsSoTheClientGivesUp() throws Exception {
    // Given: a client that pings every 100 ms and fails when a pong is missing
    sim = PolygonSimulator.builder().apiKeys("k").speed(1).scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient c = new WsTestClient(sim.wsUrl(), Duration.ofMillis(100))) {
      c.next();
      c.send("{\"action\":\"auth\",\"params\":\"k\"}");
      assertThat(c.nextStatus()).isEqualTo("auth_success");
      c.subscribe("T.*,Q.*");
      for (int i = 0; i < 20; i++) {
        c.next(); // pongs flow while data flows
      }
      assertThat(c.closed).isNotDone();
      // When
      sim.stall(Duration.ofSeconds(5));
      // Then
      assertThat(c.awaitClose()).isEqualTo(-1);
    }
  }

  @Test
  void theSentLogListsExactlyTheDataEventsTheClientReceived() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").speed(0).scenario(ScenarioSpec.basic(4, 9)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      c.subscribe("T.*,LULD.*");
      // When
      List<SentLog.Entry> received = new ArrayList<>();
      while (received.size() < 2000) {
        for (JsonNode e : c.nextJson()) {
          boolean luld = e.path("ev").asText().equals("LULD");
          received.add(new SentLog.Entry(e.path("ev").asText(), luld ? e.path("T").asText() : e.path("sym").asText(),
              e.path("q").asLong(), e.path("t").asLong()));
        }
      }
      // Then
      List<SentLog.Entry> logged = sim.sentLog(0).entries();
      assertThat(logged.size()).isGreaterThanOrEqualTo(received.size());
      assertThat(logged.subList(0, received.size())).isEqualTo(received);
    }
  }

  @Test
  void whenTheOnlyConnectionLeavesTheLimitAdmitsANewOne() throws Exception {
    sim = PolygonSimulator.builder().apiKeys("k").maxConnections(1).scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient first = WsTestClient.authenticated(sim, "k")) {
      try (WsTestClient rejected = new WsTestClient(sim.wsUrl())) {
        assertThat(rejected.nextStatus()).isEqualTo("max_connections");
      }
    }
    while (sim.connectionsOpen() > 0) {
      Thread.sleep(10);
    }
    try (WsTestClient third = new WsTestClient(sim.wsUrl())) {
      assertThat(third.nextStatus()).isEqualTo("connected");
    }
  }

  @Test
  void theSentLogStopsAtItsLimitAndSaysSo() throws Exception {
    sim = PolygonSimulator.builder().apiKeys("k").speed(0).sentLogLimit(50).scenario(ScenarioSpec.basic(3, 1)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      c.subscribe("T.*,Q.*");
      int received = 0;
      while (received < 200) {
        received += c.nextJson().size();
      }
      assertThat(sim.sentLog(0).size()).isEqualTo(50);
      assertThat(sim.sentLog(0).truncated()).isTrue();
    }
  }

  private static boolean isWellFormedTradeFrame(String f) {
    try {
      JsonNode n = WsTestClient.JSON.readTree(f);
      return n.isArray() && n.get(0).path("ev").asText().equals("T") && n.get(0).path("p").isNumber();
    } catch (Exception e) {
      return false;
    }
  }
}
