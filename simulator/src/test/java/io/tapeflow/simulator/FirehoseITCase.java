package io.tapeflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The firehose sends exactly the requested number of pre-rendered T/Q events in full frames. */
@Timeout(60)
class FirehoseITCase {

  @Test
  void theClientReceivesExactlyTheRequestedEventsInFramesOfOneHundred() throws Exception {
    // Given
    try (PolygonSimulator sim = PolygonSimulator.builder().apiKeys("k").speed(0).sentLog(false)
        .firehose(25_050).start();
        WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      // When
      c.subscribe("T.*,Q.*");
      int events = 0;
      int frames = 0;
      boolean sawT = false;
      boolean sawQ = false;
      while (events < 25_050) {
        JsonNode frame = c.nextJson();
        frames++;
        for (JsonNode e : frame) {
          String ev = e.path("ev").asText();
          sawT |= ev.equals("T");
          sawQ |= ev.equals("Q");
          events++;
        }
      }
      // Then
      assertThat(sim.awaitFeedEnd(Duration.ofSeconds(20))).isTrue();
      assertThat(events).isEqualTo(25_050);
      assertThat(sim.eventsSent()).isEqualTo(25_050);
      assertThat(frames).isEqualTo(251);
      assertThat(sawT && sawQ).isTrue();
    }
  }
}
