package io.tapeflow.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tapeflow.simulator.wire.Channel;
import io.tapeflow.simulator.wire.SimEvent;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Routine LULD publications recomputed independently from the trades on the wire: the reference is the
 * half-up mean of last-eligible trades of the preceding 5 minutes, it changes only on a 1% move, and the
 * band width is the tier percentage of it (doubled 09:30-09:45), rounded half up.
 */
class LuldPublicationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<Integer> LAST_ELIGIBLE = Set.of(8, 14, 18, 25, 28, 41);

  @Test
  void everyRoutineBandPublicationMatchesTheTradesBeforeIt() throws Exception {
    // Given
    MarketGenerator gen = new MarketGenerator(ScenarioSpec.basic(6, 31).withRateScale(0.5)
        .withTimes(LocalTime.of(9, 30), LocalTime.of(10, 15)));
    Map<String, Integer> tier = new HashMap<>();
    gen.tickers().forEach(p -> tier.put(p.ticker(), p.tier()));
    Map<String, ArrayDeque<long[]>> window = new HashMap<>();
    Map<String, Long> reference = new HashMap<>();
    int checked = 0;
    SimEvent ev;
    // When / Then
    int moves = 0;
    while ((ev = gen.next()) != null) {
      if (ev.channel != Channel.T && ev.channel != Channel.LULD) {
        continue;
      }
      JsonNode e = JSON.readTree(ev.json);
      if (ev.channel == Channel.T && eligible(e)) {
        window.computeIfAbsent(ev.ticker, k -> new ArrayDeque<>())
            .add(new long[] {e.path("t").asLong(), cents(e.path("p"))});
      } else if (ev.channel == Channel.LULD) {
        long h = cents(e.path("h"));
        long l = cents(e.path("l"));
        long ref = (h + l) / 2;
        int indicator = e.path("i").get(0).asInt();
        Long previous = reference.put(ev.ticker, ref);
        if (previous == null || !(indicator == 15 || indicator == 21)) {
          continue; // the opening publication: reference = opening print
        }
        long tMs = e.path("t").asLong() / 1_000_000L;
        ArrayDeque<long[]> w = window.getOrDefault(ev.ticker, new ArrayDeque<>());
        while (!w.isEmpty() && w.peekFirst()[0] < tMs - 300_000) {
          w.pollFirst();
        }
        if (ref != previous) {
          long sum = w.stream().mapToLong(x -> x[1]).sum();
          long mean = (2 * sum + w.size()) / (2L * w.size());
          assertThat(ref).as("reference of " + e).isEqualTo(mean);
          assertThat(Math.abs(ref - previous) * 100).as("a 1% move").isGreaterThanOrEqualTo(previous);
          moves++;
        }
        LocalTime at = Instant.ofEpochMilli(tMs).atZone(SessionClock.NEW_YORK).toLocalTime();
        assertThat(h - ref).as("width of " + e).isEqualTo(expectedWidth(ref, tier.get(ev.ticker), at));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(moves).as("publications caused by a reference move").isPositive();
  }

  private static long expectedWidth(long ref, int tier, LocalTime at) {
    int factor = at.isBefore(LocalTime.of(9, 45)) ? 2 : 1;
    if (ref > 300) {
      return (ref * (tier == 1 ? 5 : 10) * factor + 50) / 100;
    } else if (ref >= 75) {
      return (ref * 20 * factor + 50) / 100;
    }
    return Math.min(15L * factor, (ref * 75 * factor + 50) / 100);
  }

  private static boolean eligible(JsonNode trade) {
    for (JsonNode c : trade.path("c")) {
      if (!LAST_ELIGIBLE.contains(c.asInt())) {
        return false;
      }
    }
    return true;
  }

  private static long cents(JsonNode price) {
    return price.decimalValue().movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
  }

}
