package io.tapeflow.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds the ticker universe of a scenario from its seed: well-known names first, then generated symbols;
 * trade rates fall off by rank (Zipf-like) so a few names are very liquid and the tail trades a few times a
 * minute or less.
 */
public final class Universe {
  private static final String[] KNOWN = {
    "AAPL", "MSFT", "NVDA", "AMZN", "TSLA", "META", "GOOGL", "AMD", "SPY", "QQQ", "NFLX", "INTC", "BAC", "F",
    "PLTR", "SOFI", "NIO", "AAL", "T", "PFE", "XOM", "JPM", "WMT", "KO", "DIS", "UBER", "GME", "AMC", "RIVN",
    "MARA", "RIOT", "BABA", "CCL", "SNAP", "LCID", "VALE", "ITUB", "NOK", "GE", "C",
  };

  private Universe() {}

  public static List<TickerProfile> build(int count, long seed, double rateScale, int quiet) {
    SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
    List<TickerProfile> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String ticker = i < KNOWN.length ? KNOWN[i] : generatedSymbol(i - KNOWN.length);
      int tape = pickTape(rnd);
      int tier = i < Math.max(3, count / 20) ? 1 : 2;
      long cents = startPrice(rnd);
      double trades = Math.max(0.005, 25.0 / Math.pow(i + 1, 0.9)) * rateScale;
      if (i >= count - quiet) {
        trades = 0.003 + rnd.nextDouble() * 0.01; // long silences: a trade every 1.5 to 5 minutes on average
      }
      double quotes = trades * (2.0 + rnd.nextDouble() * 2.0);
      double vol = 0.0002 + rnd.nextDouble() * 0.0006;
      int primary = tape == 3 ? 12 : tape == 1 ? 10 : (rnd.nextBoolean() ? 11 : 1);
      out.add(new TickerProfile(ticker, i, tape, tier, cents, trades, quotes, vol, primary));
    }
    return out;
  }

  private static int pickTape(SplittableRandom rnd) {
    double x = rnd.nextDouble();
    return x < 0.45 ? 3 : x < 0.8 ? 1 : 2;
  }

  private static long startPrice(SplittableRandom rnd) {
    double x = rnd.nextDouble();
    if (x < 0.12) {
      return 20 + rnd.nextInt(55); // sub-$0.75 names
    } else if (x < 0.3) {
      return 75 + rnd.nextInt(226); // $0.75-$3.00
    }
    return 301 + (long) Math.exp(rnd.nextDouble() * Math.log(50_000));
  }

  /** Deterministic symbols AAAB, AAAC, ... that do not collide with the known names' pattern. */
  static String generatedSymbol(int n) {
    StringBuilder sb = new StringBuilder();
    int len = n < 26 * 26 * 26 ? 3 : 4;
    int v = n + 1;
    for (int i = 0; i < len; i++) {
      sb.append((char) ('A' + v % 26));
      v /= 26;
    }
    return "X" + sb.reverse();
  }
}
