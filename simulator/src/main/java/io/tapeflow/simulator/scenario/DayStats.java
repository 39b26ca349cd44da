package io.tapeflow.simulator.scenario;

/** One ticker's running day totals: accumulated volume, VWAP and the official open, as A/AM report them. */
final class DayStats {
  long volume;
  double notional;
  long officialOpenCents;
  long firstPriceCents;

  void add(Trade t) {
    if (ConditionRules.updatesVolume(t.conditions())) {
      volume += t.size();
      notional += t.priceCents() / 100.0 * t.size();
    }
    if (firstPriceCents == 0 && ConditionRules.updatesIntradayOhlc(t.conditions())) {
      firstPriceCents = t.priceCents();
    }
  }

  /** The official open once the opening print happened, else the first price of the day. */
  long openCents(long fallback) {
    return officialOpenCents != 0 ? officialOpenCents : firstPriceCents != 0 ? firstPriceCents : fallback;
  }

  double vwap(long fallbackCents) {
    return volume == 0 ? fallbackCents / 100.0 : notional / volume;
  }
}
