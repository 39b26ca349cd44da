package io.tapeflow.simulator.scenario;

import java.time.LocalTime;

/**
 * LULD price-band arithmetic of HALTS.md section 1, in integer cents: tier percentages by reference price,
 * doubling 09:30-09:45 for all and 15:35-16:00 for Tier 2 at $3.00 or less, half-up rounding to the cent.
 */
public final class LuldBands {
  private static final LocalTime OPEN = LocalTime.of(9, 30);
  private static final LocalTime OPEN_DOUBLING_END = LocalTime.of(9, 45);
  private static final LocalTime CLOSE_DOUBLING_START = LocalTime.of(15, 35);
  private static final LocalTime CLOSE = LocalTime.of(16, 0);

  /** Upper and lower band in cents. */
  public record Bands(long upperCents, long lowerCents) {}

  private LuldBands() {}

  /** Rounds a mean price in cents (sum / count) half up to a whole cent. */
  public static long roundHalfUp(long sumCents, long count) {
    return (2 * sumCents + count) / (2 * count);
  }

  /** The bands around a reference price (cents) for a tier at an Eastern wall-clock time. */
  public static Bands compute(long refCents, int tier, LocalTime time) {
    boolean doubled = isOpeningWindow(time) || (tier == 2 && refCents <= 300 && isClosingWindow(time));
    int factor = doubled ? 2 : 1;
    long width;
    if (refCents > 300) {
      width = halfUpPercent(refCents, (tier == 1 ? 5 : 10) * factor);
    } else if (refCents >= 75) {
      width = halfUpPercent(refCents, 20 * factor);
    } else {
      width = Math.min(15L * factor, halfUpPercent(refCents, 75 * factor));
    }
    return new Bands(refCents + width, Math.max(0, refCents - width));
  }

  /** refCents x percent / 100, rounded half up to a cent. */
  static long halfUpPercent(long refCents, int percent) {
    return (refCents * percent + 50) / 100;
  }

  static boolean isOpeningWindow(LocalTime t) {
    return !t.isBefore(OPEN) && t.isBefore(OPEN_DOUBLING_END);
  }

  static boolean isClosingWindow(LocalTime t) {
    return !t.isBefore(CLOSE_DOUBLING_START) && t.isBefore(CLOSE);
  }
}
