package io.tapeflow.simulator.scenario;

import java.time.LocalTime;

/**
 * One ticker's LULD reference price and bands (HALTS.md 1): the mean of last-eligible trades over the
 * preceding 5 minutes, recomputed every 30 s and taking effect only on a move of 1% or more; bands are
 * republished when the reference or the applicable percentage changes.
 */
final class LuldState {
  private static final long FIVE_MIN_NS = 300_000_000_000L;

  private final int tier;
  private long[] times = new long[256];
  private long[] prices = new long[256];
  private int head;
  private int size;
  private long sum;
  long refCents;
  long upperCents;
  long lowerCents;
  boolean published;

  LuldState(int tier, long previousCloseCents) {
    this.tier = tier;
    this.refCents = previousCloseCents;
  }

  /** Records a trade that may set the last price. */
  void addEligible(long ns, long cents) {
    if (size == times.length) {
      grow();
    }
    int i = (head + size) % times.length;
    times[i] = ns;
    prices[i] = cents;
    size++;
    sum += cents;
  }

  /** Resets the reference (opening or reopening print) and forgets the older trades. */
  void resetTo(long cents) {
    refCents = cents;
    head = 0;
    size = 0;
    sum = 0;
  }

  /**
   * Recomputes at a :00/:30 instant; returns true when new bands must be published (reference moved 1% or
   * more, or the percentage window changed the bands).
   */
  boolean recalc(long nowNs, LocalTime wallTime) {
    while (size > 0 && times[head] < nowNs - FIVE_MIN_NS) {
      sum -= prices[head];
      head = (head + 1) % times.length;
      size--;
    }
    if (size > 0) {
      long candidate = LuldBands.roundHalfUp(sum, size);
      if (Math.abs(candidate - refCents) * 100 >= refCents) {
        refCents = candidate;
      }
    }
    return updateBands(wallTime);
  }

  /** Sets the bands for the current reference; true when they changed (or were never published). */
  boolean updateBands(LocalTime wallTime) {
    LuldBands.Bands b = LuldBands.compute(refCents, tier, wallTime);
    boolean changed = !published || b.upperCents() != upperCents || b.lowerCents() != lowerCents;
    upperCents = b.upperCents();
    lowerCents = b.lowerCents();
    published = true;
    return changed;
  }

  private void grow() {
    long[] t = new long[times.length * 2];
    long[] p = new long[times.length * 2];
    for (int i = 0; i < size; i++) {
      t[i] = times[(head + i) % times.length];
      p[i] = prices[(head + i) % times.length];
    }
    times = t;
    prices = p;
    head = 0;
  }
}
