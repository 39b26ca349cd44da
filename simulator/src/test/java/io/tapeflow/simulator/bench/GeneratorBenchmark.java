package io.tapeflow.simulator.bench;

import io.tapeflow.simulator.scenario.MarketGenerator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.time.LocalTime;

/** Measures how fast the generated market renders events (the ceiling of any speed-0 scenario run). */
public final class GeneratorBenchmark {
  private GeneratorBenchmark() {}

  public static void main(String[] args) {
    int tickers = args.length > 0 ? Integer.parseInt(args[0]) : 11_000;
    for (int round = 1; round <= 3; round++) {
      MarketGenerator gen = new MarketGenerator(ScenarioSpec.basic(tickers, round)
          .withTimes(LocalTime.of(9, 30), LocalTime.of(9, 40)));
      long start = System.nanoTime();
      long n = 0;
      while (gen.next() != null) {
        n++;
      }
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: %,d tickers, %,d events (10 market minutes) in %.2f s = %,.0f events/s%n", round,
          tickers, n, secs, n / secs);
    }
  }
}
