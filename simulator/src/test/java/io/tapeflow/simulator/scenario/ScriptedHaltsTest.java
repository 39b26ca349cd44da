package io.tapeflow.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tapeflow.simulator.wire.SimEvent;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scripted events show up on the wire exactly as the ground truth says, with the right signals per tape. */
class ScriptedHaltsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MS = 1_000_000L;
  private static List<ScriptedHalt> truth;
  private static final Map<String, List<JsonNode>> byTicker = new HashMap<>();

  @BeforeAll
  static void generate() throws Exception {
    ScenarioSpec spec = ScenarioSpec.basic(6, 21).withRateScale(0.3).withTimes(LocalTime.of(9, 29), LocalTime.of(10, 10)).withHalts(List.of(
        new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.UP, 3, LocalTime.of(9, 50)),
        new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.DOWN, 1, LocalTime.of(9, 52)),
        new HaltSpec(HaltSpec.Kind.LIMIT_STATE_ONLY, HaltSpec.Direction.UP, 2, LocalTime.of(9, 51)),
        new HaltSpec(HaltSpec.Kind.NEWS, HaltSpec.Direction.NONE, 3, LocalTime.of(9, 55))));
    MarketGenerator gen = new MarketGenerator(spec);
    truth = gen.script();
    SimEvent ev;
    while ((ev = gen.next()) != null) {
      byTicker.computeIfAbsent(ev.ticker, k -> new ArrayList<>()).add(JSON.readTree(ev.json));
    }
  }

  @Test
  void theGroundTruthListsEveryRequestOnADistinctTickerOfTheRequestedTape() {
    assertThat(truth).extracting(ScriptedHalt::kind).containsExactly(HaltSpec.Kind.LULD_PAUSE,
        HaltSpec.Kind.LIMIT_STATE_ONLY, HaltSpec.Kind.LULD_PAUSE, HaltSpec.Kind.NEWS);
    assertThat(truth).extracting(ScriptedHalt::tape).containsExactly(3, 2, 1, 3);
    assertThat(truth).extracting(ScriptedHalt::ticker).doesNotHaveDuplicates();
    ScriptedHalt pause = truth.get(0);
    assertThat(pause.haltStartNs() - pause.limitStateStartNs()).isEqualTo(15_000_000_000L);
    assertThat(pause.resumeNs() - pause.haltStartNs()).isEqualTo(300_000_000_000L);
  }

  @Test
  void aNasdaqLimitUpPauseShowsLimitStateThenLuld17ThenSilenceThenAReopeningPrintAndLuld18() {
    // Given
    ScriptedHalt h = truth.get(0);
    List<JsonNode> evs = byTicker.get(h.ticker());
    // Then
    JsonNode entry = first(evs, e -> isLuld(e, 23));
    assertThat(entry.path("t").asLong()).isBetween(h.limitStateStartNs(), h.limitStateStartNs() + 1000);
    JsonNode quoteAtBand = first(evs, e -> isQuote(e) && e.path("t").asLong() >= h.limitStateStartNs() / MS);
    assertThat(quoteAtBand.path("bp").decimalValue()).isEqualByComparingTo(entry.path("h").decimalValue());
    JsonNode pause = first(evs, e -> isLuld(e, 17));
    assertThat(pause.path("t").asLong()).isBetween(h.haltStartNs(), h.haltStartNs() + 1000);
    assertSilentBetween(evs, h.haltStartNs(), h.resumeNs());
    JsonNode reopen = first(evs, e -> isTrade(e) && e.path("t").asLong() >= h.resumeNs() / MS);
    assertThat(reopen.path("c").toString()).isEqualTo("[18]");
    assertThat(reopen.path("t").asLong()).isEqualTo(h.resumeNs() / MS);
    assertThat(reopen.path("p").decimalValue()).isGreaterThan(entry.path("h").decimalValue());
    JsonNode bands = first(evs, e -> isLuld(e, 18));
    assertThat(bands.path("h").decimalValue()).isGreaterThan(reopen.path("p").decimalValue());
    assertThat(bands.path("l").decimalValue()).isLessThan(reopen.path("p").decimalValue());
    assertThat(evs).noneMatch(e -> isQuote(e) && (e.path("c").asInt() == 43 || e.path("c").asInt() == 16));
  }

  @Test
  void anNyseLimitDownPauseUsesQuoteConditions43And16AndNeverLuld17Or18() {
    // Given
    ScriptedHalt h = truth.get(2);
    List<JsonNode> evs = byTicker.get(h.ticker());
    // Then
    assertThat(evs).noneMatch(e -> isLuld(e, 17) || isLuld(e, 18));
    JsonNode entry = first(evs, e -> isLuld(e, 25));
    JsonNode quoteAtBand = first(evs, e -> isQuote(e) && e.path("t").asLong() >= h.limitStateStartNs() / MS);
    assertThat(quoteAtBand.path("ap").decimalValue()).isEqualByComparingTo(entry.path("l").decimalValue());
    JsonNode paused = first(evs, e -> isQuote(e) && e.path("c").asInt() == 43);
    assertThat(paused.path("t").asLong()).isEqualTo(h.haltStartNs() / MS);
    assertSilentBetween(evs, h.haltStartNs(), h.resumeNs());
    JsonNode resume = first(evs, e -> isQuote(e) && e.path("c").asInt() == 16);
    assertThat(resume.path("t").asLong()).isEqualTo(h.resumeNs() / MS);
    JsonNode reopen = first(evs, e -> isTrade(e) && e.path("t").asLong() >= h.resumeNs() / MS);
    assertThat(reopen.path("c").toString()).isEqualTo("[28]");
    assertThat(reopen.path("p").decimalValue()).isLessThan(entry.path("l").decimalValue());
  }

  @Test
  void aLimitStateThatEndsWithinFifteenSecondsIsNotAPause() {
    ScriptedHalt h = truth.get(1);
    List<JsonNode> evs = byTicker.get(h.ticker());
    JsonNode entered = first(evs, e -> isLuld(e, 23));
    JsonNode exited = first(evs, e -> isLuld(e, 24));
    assertThat(entered.path("t").asLong() / MS).isEqualTo(h.limitStateStartNs() / MS);
    assertThat(exited.path("t").asLong() / MS).isEqualTo(h.limitStateEndNs() / MS);
    assertThat(h.limitStateEndNs() - h.limitStateStartNs()).isLessThan(15_000_000_000L);
    assertThat(h.isHalt()).isFalse();
    assertThat(evs).anyMatch(e -> isTrade(e) && e.path("t").asLong() > h.limitStateEndNs() / MS
        && e.path("t").asLong() < h.limitStateEndNs() / MS + 120_000);
    assertThat(evs).noneMatch(e -> isLuld(e, 17) || (isQuote(e) && e.path("c").asInt() == 43));
  }

  @Test
  void aNewsHaltUsesNewsQuoteConditionsThenResumes() {
    ScriptedHalt h = truth.get(3);
    List<JsonNode> evs = byTicker.get(h.ticker());
    assertThat(first(evs, e -> isQuote(e) && e.path("c").asInt() == 27).path("t").asLong())
        .isEqualTo(h.haltStartNs() / MS);
    assertThat(evs).anyMatch(e -> isQuote(e) && e.path("c").asInt() == 21);
    assertSilentBetween(evs, h.haltStartNs(), h.resumeNs());
    assertThat(first(evs, e -> isQuote(e) && e.path("c").asInt() == 16).path("t").asLong())
        .isEqualTo(h.resumeNs() / MS);
    assertThat(h.newsId()).isNotNull();
    assertThat(h.newsPublishedNs()).isLessThan(h.haltStartNs());
  }

  /** Only the scripted status quotes (and a LULD 17) may appear strictly inside a halt. */
  private static void assertSilentBetween(List<JsonNode> evs, long startNs, long endNs) {
    for (JsonNode e : evs) {
      String ev = e.path("ev").asText();
      if (ev.equals("T") || ev.equals("Q")) {
        long t = e.path("t").asLong();
        if (t > startNs / MS && t < endNs / MS) {
          assertThat(isQuote(e) && e.path("c").asInt() != 0).as("event inside halt: " + e).isTrue();
        }
      }
    }
  }

  private static JsonNode first(List<JsonNode> evs, Predicate<JsonNode> p) {
    return evs.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no matching event"));
  }

  private static boolean isLuld(JsonNode e, int indicator) {
    if (!e.path("ev").asText().equals("LULD")) {
      return false;
    }
    for (JsonNode i : e.path("i")) {
      if (i.asInt() == indicator) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(JsonNode e) {
    return e.path("ev").asText().equals("Q");
  }

  private static boolean isTrade(JsonNode e) {
    return e.path("ev").asText().equals("T");
  }
}
