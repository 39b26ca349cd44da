package io.tapeflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The data frames carry every quirk of PROTOCOL.md 2.6/2.9, parsed with plain Jackson. */
@Timeout(60)
class WireQuirksITCase {
  private PolygonSimulator sim;

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void eventsOfEveryChannelHaveThePolygonShapeWithItsQuirks() throws Exception {
    // Given
    sim = PolygonSimulator.builder().apiKeys("k").speed(0).scenario(ScenarioSpec.basic(6, 11)).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      c.subscribe("T.*,Q.*,A.*,AM.*,LULD.*");
      // When
      Map<String, Integer> seen = new HashMap<>();
      boolean tradeWithoutC = false;
      boolean tradeWithC = false;
      boolean trfTrade = false;
      boolean mixedFrame = false;
      while (!(tradeWithoutC && tradeWithC && trfTrade && mixedFrame && seen.keySet().containsAll(
          Set.of("T", "Q", "A", "AM", "LULD")))) {
        JsonNode frame = c.nextJson();
        assertThat(frame.isArray()).isTrue();
        Set<String> types = new HashSet<>();
        for (JsonNode e : frame) {
          String ev = e.path("ev").asText();
          types.add(ev);
          seen.merge(ev, 1, Integer::sum);
          switch (ev) {
            case "T" -> {
              assertTrade(e);
              tradeWithoutC |= !e.has("c");
              tradeWithC |= e.has("c");
              trfTrade |= e.has("trfi");
            }
            case "Q" -> assertQuote(e);
            case "A", "AM" -> assertAggregate(e, ev.equals("A") ? 1000 : 60_000);
            case "LULD" -> assertLuld(e);
            default -> throw new AssertionError("unexpected " + e);
          }
        }
        mixedFrame |= types.size() > 1;
      }
      // Then: the loop ended, so every quirk was observed
      assertThat(seen).containsKeys("T", "Q", "A", "AM", "LULD");
    }
  }

  @Test
  void minuteBarsAreSometimesResentForTheSameWindow() throws Exception {
    // Given: a market where late prints are frequent
    ScenarioSpec spec = ScenarioSpec.basic(3, 5);
    spec = new ScenarioSpec("resend", 5, spec.date(), spec.start(), spec.end(), 3, 1.0, false, 0.5, spec.halts(), 0);
    sim = PolygonSimulator.builder().apiKeys("k").speed(0).scenario(spec).start();
    try (WsTestClient c = WsTestClient.authenticated(sim, "k")) {
      c.subscribe("AM.*");
      // When
      Map<String, JsonNode> firstBySymAndStart = new HashMap<>();
      JsonNode resent = null;
      JsonNode original = null;
      while (resent == null) {
        for (JsonNode e : c.nextJson()) {
          String key = e.path("sym").asText() + "@" + e.path("s").asLong();
          JsonNode before = firstBySymAndStart.putIfAbsent(key, e);
          if (before != null) {
            original = before;
            resent = e;
          }
        }
      }
      // Then: same window, updated values
      assertThat(resent.path("e").asLong()).isEqualTo(original.path("e").asLong());
      long dayStartMs = sim.market().clock().startNs / 1_000_000L;
      assertThat(resent.path("s").asLong()).isBetween(dayStartMs, dayStartMs + 86_400_000L);
      assertThat(resent.path("v").asLong()).isGreaterThan(original.path("v").asLong());
      assertThat(resent.path("av").asLong()).isGreaterThan(original.path("av").asLong());
    }
  }

  private static void assertTrade(JsonNode e) {
    assertThat(e.path("sym").isTextual()).isTrue();
    assertThat(e.path("i").isTextual()).as("trade id is a string").isTrue();
    assertThat(e.path("x").isInt()).isTrue();
    assertThat(e.path("p").isNumber()).isTrue();
    assertThat(e.path("s").canConvertToLong()).isTrue();
    assertThat(e.path("t").asLong()).as("ms").isBetween(1_000_000_000_000L, 9_999_999_999_999L);
    assertThat(e.path("z").asInt()).isBetween(1, 3);
    assertThat(e.has("q")).isTrue();
    if (e.has("c")) {
      assertThat(e.path("c").isArray()).isTrue();
      assertThat(e.path("c").size()).isPositive();
    }
    assertThat(e.has("trfi")).as("TRF fields exactly on x=4 trades: " + e).isEqualTo(e.path("x").asInt() == 4);
    if (e.has("trfi")) {
      assertThat(e.path("trft").asLong()).isLessThanOrEqualTo(e.path("t").asLong());
    }
  }

  private static void assertQuote(JsonNode e) {
    assertThat(e.path("sym").isTextual()).isTrue();
    assertThat(e.path("c").isInt()).as("quote condition is a scalar").isTrue();
    assertThat(e.path("bs").isIntegralNumber()).isTrue();
    assertThat(e.path("as").isIntegralNumber()).isTrue();
    assertThat(e.path("bp").asDouble()).isLessThan(e.path("ap").asDouble());
    if (e.has("i")) {
      assertThat(e.path("i").isArray()).isTrue();
    }
    assertThat(e.path("t").asLong()).isBetween(1_000_000_000_000L, 9_999_999_999_999L);
  }

  private static void assertAggregate(JsonNode e, long window) {
    for (String f : new String[] {"v", "av", "op", "vw", "o", "c", "h", "l", "a", "z", "s", "e"}) {
      assertThat(e.has(f)).as(f + " in " + e).isTrue();
    }
    assertThat(e.path("e").asLong() - e.path("s").asLong()).isEqualTo(window);
    assertThat(e.path("s").asLong() % window).isZero();
    assertThat(e.path("h").asDouble()).isGreaterThanOrEqualTo(e.path("l").asDouble());
    assertThat(e.path("av").asLong()).isGreaterThanOrEqualTo(e.path("v").asLong());
  }

  private static void assertLuld(JsonNode e) {
    assertThat(e.has("sym")).as("LULD uses T, not sym").isFalse();
    assertThat(e.path("T").isTextual()).isTrue();
    assertThat(e.path("t").asLong()).as("ns").isGreaterThan(1_000_000_000_000_000_000L);
    assertThat(e.path("i").isArray()).isTrue();
    assertThat(e.path("h").asDouble()).isGreaterThan(e.path("l").asDouble());
    assertThat(e.has("z") && e.has("q")).isTrue();
  }
}
