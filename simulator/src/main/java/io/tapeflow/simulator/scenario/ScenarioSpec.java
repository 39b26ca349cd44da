package io.tapeflow.simulator.scenario;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What market to generate: day, time range, number of tickers, seed, rate scale, scripted halts and how many
 * quiet (illiquid) names close the universe.
 * Immutable; the {@code with*} methods return modified copies. Named presets: {@link #named(String, long)}.
 */
public record ScenarioSpec(String name, long seed, LocalDate date, LocalTime start, LocalTime end, int tickers,
    double rateScale, boolean extendedHours, double resendRate, List<HaltSpec> halts, int quietTickers) {

  public static final LocalDate DEFAULT_DATE = LocalDate.of(2024, 3, 15);

  public ScenarioSpec {
    halts = List.copyOf(halts);
  }

  /** A quiet market of a few tickers for the regular session, no scripted halts. */
  public static ScenarioSpec basic(int tickers, long seed) {
    return new ScenarioSpec("basic", seed, DEFAULT_DATE, LocalTime.of(9, 30), LocalTime.of(16, 1), tickers, 1.0,
        false, 0.03, List.of(), 0);
  }

  /**
   * Presets: {@code basic} (10 tickers), {@code demo} (20 tickers from 09:29 with LULD pauses on every tape,
   * news halts, a limit state that ends without a pause and quiet names), {@code market} (~11,000 tickers,
   * whole day with extended hours).
   */
  public static ScenarioSpec named(String name, long seed) {
    return switch (name) {
      case "basic" -> basic(10, seed);
      case "demo" -> demo(seed, 20);
      case "market" -> new ScenarioSpec("market", seed, DEFAULT_DATE, LocalTime.of(4, 0), LocalTime.of(20, 0),
          11_000, 3.0, true, 0.03, List.of(), 0);
      default -> throw new IllegalArgumentException("unknown scenario '" + name + "' (basic, demo, market, firehose)");
    };
  }

  /** The demo day: several scripted events of each kind across tapes 1, 2 and 3. */
  public static ScenarioSpec demo(long seed, int tickers) {
    List<HaltSpec> halts = new ArrayList<>();
    halts.add(new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.UP, 3, LocalTime.of(9, 50)));
    halts.add(new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.DOWN, 1, LocalTime.of(10, 5)));
    halts.add(new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.UP, 2, LocalTime.of(10, 40)));
    halts.add(new HaltSpec(HaltSpec.Kind.LULD_PAUSE, HaltSpec.Direction.DOWN, 3, LocalTime.of(11, 15)));
    halts.add(new HaltSpec(HaltSpec.Kind.NEWS, HaltSpec.Direction.NONE, 3, LocalTime.of(10, 20)));
    halts.add(new HaltSpec(HaltSpec.Kind.NEWS, HaltSpec.Direction.NONE, 1, LocalTime.of(11, 0)));
    halts.add(new HaltSpec(HaltSpec.Kind.LIMIT_STATE_ONLY, HaltSpec.Direction.UP, 3, LocalTime.of(10, 10)));
    halts.add(new HaltSpec(HaltSpec.Kind.LIMIT_STATE_ONLY, HaltSpec.Direction.DOWN, 1, LocalTime.of(10, 55)));
    return new ScenarioSpec("demo", seed, DEFAULT_DATE, LocalTime.of(9, 29), LocalTime.of(16, 1), tickers, 1.0,
        false, 0.03, halts, Math.max(2, tickers / 10));
  }

  public ScenarioSpec withTickers(int n) {
    return new ScenarioSpec(name, seed, date, start, end, n, rateScale, extendedHours, resendRate, halts, quietTickers);
  }

  public ScenarioSpec withSeed(long s) {
    return new ScenarioSpec(name, s, date, start, end, tickers, rateScale, extendedHours, resendRate, halts, quietTickers);
  }

  public ScenarioSpec withTimes(LocalTime from, LocalTime to) {
    return new ScenarioSpec(name, seed, date, from, to, tickers, rateScale, extendedHours, resendRate, halts, quietTickers);
  }

  public ScenarioSpec withDate(LocalDate d) {
    return new ScenarioSpec(name, seed, d, start, end, tickers, rateScale, extendedHours, resendRate, halts, quietTickers);
  }

  public ScenarioSpec withRateScale(double scale) {
    return new ScenarioSpec(name, seed, date, start, end, tickers, scale, extendedHours, resendRate, halts, quietTickers);
  }

  public ScenarioSpec withExtendedHours(boolean on) {
    return new ScenarioSpec(name, seed, date, start, end, tickers, rateScale, on, resendRate, halts, quietTickers);
  }

  /** The last {@code n} tickers of the universe become quiet: a trade every few minutes at most. */
  public ScenarioSpec withQuietTickers(int n) {
    return new ScenarioSpec(name, seed, date, start, end, tickers, rateScale, extendedHours, resendRate, halts, n);
  }

  public ScenarioSpec withHalts(List<HaltSpec> list) {
    return new ScenarioSpec(name, seed, date, start, end, tickers, rateScale, extendedHours, resendRate, list, quietTickers);
  }
}
