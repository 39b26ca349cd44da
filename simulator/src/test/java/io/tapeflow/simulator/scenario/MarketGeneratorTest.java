package io.tapeflow.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tapeflow.simulator.wire.SimEvent;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated market is a pure function of its spec, in time order, with sessions and auction prints. */
class MarketGeneratorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSameSeedGivesTheSameEventSequence() {
    // Given
    ScenarioSpec spec = ScenarioSpec.demo(42, 12).withTimes(LocalTime.of(9, 29), LocalTime.of(10, 0));
    // When
    List<String> first = take(new MarketGenerator(spec), 50_000);
    List<String> second = take(new MarketGenerator(spec), 50_000);
    // Then
    assertThat(first).hasSize(50_000);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void anotherSeedGivesAnotherMarket() {
    ScenarioSpec spec = ScenarioSpec.basic(5, 1);
    assertThat(take(new MarketGenerator(spec.withSeed(2)), 1000)).isNotEqualTo(take(new MarketGenerator(spec), 1000));
  }

  @Test
  void eventsComeInMarketTimeOrder() {
    MarketGenerator gen = new MarketGenerator(ScenarioSpec.basic(20, 3).withTimes(LocalTime.of(9, 30), LocalTime.of(9, 40)));
    long last = Long.MIN_VALUE;
    SimEvent ev;
    int n = 0;
    while ((ev = gen.next()) != null) {
      assertThat(ev.marketTimeMs).isGreaterThanOrEqualTo(last);
      last = ev.marketTimeMs;
      n++;
    }
    assertThat(n).isPositive();
  }

  @Test
  void eachTickerOpensWithAnOpeningPrintAndClosesWithAClosingPrint() throws Exception {
    // Given
    MarketGenerator gen = new MarketGenerator(ScenarioSpec.basic(3, 4).withRateScale(0.05));
    // When
    List<JsonNode> trades = new ArrayList<>();
    SimEvent ev;
    while ((ev = gen.next()) != null) {
      if (ev.channel == io.tapeflow.simulator.wire.Channel.T && ev.ticker.equals("AAPL")) {
        trades.add(JSON.readTree(ev.json));
      }
    }
    // Then
    assertThat(trades.get(0).path("c").toString()).isEqualTo("[25]");
    assertThat(trades.get(trades.size() - 1).path("c").toString()).isEqualTo("[8]");
  }

  @Test
  void extendedHoursTradesCarryFormT() throws Exception {
    ScenarioSpec spec = ScenarioSpec.basic(2, 5).withExtendedHours(true).withTimes(LocalTime.of(8, 0), LocalTime.of(9, 30));
    MarketGenerator gen = new MarketGenerator(spec);
    SimEvent ev;
    int trades = 0;
    while ((ev = gen.next()) != null) {
      if (ev.channel == io.tapeflow.simulator.wire.Channel.T) {
        assertThat(JSON.readTree(ev.json).path("c").toString()).contains("12");
        trades++;
      }
    }
    assertThat(trades).isPositive();
  }

  @Test
  void illiquidNamesTradeOnlyAFewTimesAMinuteOrLess() {
    // Given: the tail of a big universe
    MarketGenerator gen = new MarketGenerator(ScenarioSpec.basic(2000, 6).withTimes(LocalTime.of(10, 0), LocalTime.of(10, 5)));
    String tail = gen.tickers().get(1999).ticker();
    // When
    int tailTrades = 0;
    SimEvent ev;
    while ((ev = gen.next()) != null) {
      if (ev.channel == io.tapeflow.simulator.wire.Channel.T && ev.ticker.equals(tail)) {
        tailTrades++;
      }
    }
    // Then: five minutes of market hold only a handful of its trades
    assertThat(tailTrades).isLessThan(20);
  }

  static List<String> take(MarketGenerator gen, int n) {
    List<String> out = new ArrayList<>(n);
    SimEvent ev;
    while (out.size() < n && (ev = gen.next()) != null) {
      out.add(ev.jsonText());
    }
    return out;
  }

  @Test
  void aTickerGeneratedAloneYieldsExactlyItsShareOfTheFullMarket() {
    // Given
    ScenarioSpec spec = ScenarioSpec.demo(5, 10).withRateScale(0.2).withTimes(LocalTime.of(9, 29), LocalTime.of(10, 0));
    MarketPlan plan = MarketPlan.of(spec);
    TickerProfile scripted = plan.ticker(plan.script().get(0).ticker());
    // When
    List<String> alone = new ArrayList<>();
    TickerDay.generate(plan, scripted, ev -> alone.add(ev.jsonText()));
    List<String> inMarket = new ArrayList<>();
    MarketGenerator full = new MarketGenerator(spec);
    SimEvent ev;
    while ((ev = full.next()) != null) {
      if (ev.ticker.equals(scripted.ticker())) {
        inMarket.add(ev.jsonText());
      }
    }
    // Then
    assertThat(alone).isNotEmpty().isEqualTo(inMarket);
  }

  @Test
  void theDemosQuietNamesHaveLongSilences() {
    // Given
    MarketPlan plan = MarketPlan.of(ScenarioSpec.demo(3, 20).withTimes(LocalTime.of(10, 0), LocalTime.of(10, 30)));
    TickerProfile quiet = plan.tickers().get(19);
    // When
    List<Long> tradeTimes = new ArrayList<>();
    TickerDay.generate(plan, quiet, ev -> {
      if (ev.channel == io.tapeflow.simulator.wire.Channel.T) {
        tradeTimes.add(ev.marketTimeMs);
      }
    });
    // Then: a handful of trades in half an hour, with a silence of two minutes or more between some
    assertThat(tradeTimes.size()).isLessThan(20);
    long longestGap = 0;
    long previous = plan.clock().ns(LocalTime.of(10, 0)) / 1_000_000L;
    for (long t : tradeTimes) {
      longestGap = Math.max(longestGap, t - previous);
      previous = t;
    }
    assertThat(longestGap).isGreaterThanOrEqualTo(120_000);
  }
}
