package io.tapeflow.simulator.scenario;

/**
 * Accumulates one ticker's trades of one window (a second or a minute) by the consolidated rules: OHLC from
 * trades that may update it, volume/VWAP/count from volume trades. A window without an OHLC trade has no bar.
 */
final class BarAccumulator {
  final boolean minute;
  final long windowMs;
  long startMs = Long.MIN_VALUE;
  long o;
  long h;
  long l;
  long c;
  long volume;
  double notional;
  int trades;
  boolean hasOhlc;
  long lastNs;

  BarAccumulator(boolean minute) {
    this.minute = minute;
    this.windowMs = minute ? 60_000 : 1_000;
  }

  boolean isOpen() {
    return startMs != Long.MIN_VALUE;
  }

  long endMs() {
    return startMs + windowMs;
  }

  /** Starts the window containing {@code ms}. */
  void open(long ms) {
    startMs = ms - Math.floorMod(ms, windowMs);
    volume = 0;
    notional = 0;
    trades = 0;
    hasOhlc = false;
    lastNs = 0;
  }

  void add(Trade t) {
    lastNs = Math.max(lastNs, t.sipNs());
    if (ConditionRules.updatesVolume(t.conditions())) {
      volume += t.size();
      notional += t.priceCents() / 100.0 * t.size();
      trades++;
    }
    if (ConditionRules.updatesIntradayOhlc(t.conditions())) {
      long p = t.priceCents();
      if (!hasOhlc) {
        o = h = l = p;
        hasOhlc = true;
      } else {
        h = Math.max(h, p);
        l = Math.min(l, p);
      }
      c = p;
    }
  }

  /** The bar of this window, or null when no trade could set its OHLC. */
  Bar toBar(String ticker, DayStats day) {
    if (!hasOhlc) {
      return null;
    }
    double vwap = volume == 0 ? c / 100.0 : notional / volume;
    long avg = trades == 0 ? 0 : volume / trades;
    return new Bar(ticker, minute, startMs, endMs(), volume, day.volume, day.openCents(c), vwap, o, h, l, c,
        day.vwap(c), avg, trades);
  }
}
