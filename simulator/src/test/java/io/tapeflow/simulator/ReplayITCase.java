package io.tapeflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Replay of recorded sessions: live handshake, recorded data verbatim to subscribed clients, file order kept. */
@Timeout(60)
class ReplayITCase {
  /** The repository copy of shared/polygon/fixtures/derived/ws_session_frames_client-python_mock_server.jsonl. */
  static final Path FIXTURE = fixture();

  private static Path fixture() {
    try {
      return Path.of(ReplayITCase.class.getResource("/fixtures/ws_session_frames_client-python_mock_server.jsonl").toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
  private static final String AAPL_FRAME =
      "[{\"ev\":\"T\",\"sym\":\"AAPL\",\"i\":\"5096\",\"x\":10,\"p\":161.87,\"s\":300,\"c\":[14,41],\"t\":1651684192462,\"q\":4009402,\"z\":3}]";
  private PolygonSimulator sim;

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void theRecordedDataFrameReachesASubscriberVerbatimAfterALiveHandshake() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").replay(FIXTURE).speed(1).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      // When
      c.subscribe("T.AAPL");
      // Then: the AAPL frame, nothing for AMZN, and none of the recorded status frames
      assertThat(c.next()).isEqualTo(AAPL_FRAME);
      assertThat(sim.awaitFeedEnd(Duration.ofSeconds(10))).isTrue();
      assertThat(c.frames.poll(300, TimeUnit.MILLISECONDS)).isNull();
      assertThat(sim.sentLog(0).entries()).containsExactly(new SentLog.Entry("T", "AAPL", 4009402, 1651684192462L));
    }
  }

  @Test
  void aWildcardSubscriberGetsEveryDataFrameInFileOrder() throws Exception {
    sim = PolygonSimulator.builder().apiKeys("k").replay(FIXTURE).speed(0).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      c.subscribe("T.*");
      assertThat(c.next()).isEqualTo(AAPL_FRAME);
      assertThat(c.next()).startsWith("[{\"ev\":\"T\",\"sym\":\"AMZN\",\"i\":\"72815\"")
          .contains("{\"ev\":\"T\",\"sym\":\"AMZN\",\"i\":\"799\",\"x\":4,\"p\":161.87,\"s\":100,\"t\":1651684192717");
    }
  }

  @Test
  void framesKeepFileOrderEvenWhenTimestampsGoBackwardsAndUnroutableFramesStillArrive(@TempDir Path dir)
      throws Exception {
    // Given: the second frame is older than the first; the third is not JSON; the fourth is an LULD in ns
    Path file = dir.resolve("session.jsonl");
    List<String> lines = List.of(
        "[{\"ev\":\"status\",\"status\":\"connected\",\"message\":\"Connected Successfully\"}]",
        "[{\"ev\":\"T\",\"sym\":\"MSFT\",\"i\":\"1\",\"x\":4,\"p\":1,\"s\":1,\"t\":1710510000500,\"q\":2,\"z\":3}]",
        "[{\"ev\":\"Q\",\"sym\":\"MSFT\",\"bx\":1,\"bp\":1,\"bs\":1,\"ax\":1,\"ap\":2,\"as\":1,\"c\":0,\"t\":1710510000100,\"q\":1,\"z\":3}]",
        "{not json",
        "[{\"ev\":\"LULD\",\"T\":\"MSFT\",\"h\":2,\"l\":1,\"i\":[21],\"z\":3,\"t\":1710510000600000000,\"q\":3}]");
    Files.write(file, lines);
    sim = PolygonSimulator.builder().apiKeys("k").replay(file).speed(1).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      // When
      c.subscribe("T.MSFT,Q.MSFT,LULD.MSFT");
      // Then
      List<String> got = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        got.add(c.next());
      }
      assertThat(got).containsExactly(lines.get(1), lines.get(2), lines.get(3), lines.get(4));
    }
  }
}
