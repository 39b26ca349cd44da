package io.tapeflow.simulator.scenario;

/**
 * Consolidated update rules (PROTOCOL.md 3.5) for the trade conditions the generator uses: which conditions
 * may move high/low, last (open/close) and volume. A trade updates a field only if every condition allows it.
 */
public final class ConditionRules {
  private ConditionRules() {}

  /** May set high/low in intraday (second/minute) bars; extended-hours 12/13 do not block (minute-bar rule). */
  public static boolean updatesIntradayOhlc(int[] conditions) {
    for (int c : conditions) {
      if (!(allowsAll(c) || c == 12 || c == 13)) {
        return false;
      }
    }
    return true;
  }

  /** May set the last price strictly by the table (LULD reference price, official open). */
  public static boolean updatesLast(int[] conditions) {
    for (int c : conditions) {
      if (!allowsAll(c)) {
        return false;
      }
    }
    return true;
  }

  /** Counts in volume (all generated conditions do; 15/16 summary prints would not). */
  public static boolean updatesVolume(int[] conditions) {
    for (int c : conditions) {
      if (c == 15 || c == 16 || c == 38) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowsAll(int c) {
    return switch (c) {
      case 0, 1, 3, 4, 8, 9, 11, 14, 17, 18, 19, 23, 25, 27, 28, 34, 36, 41 -> true;
      default -> false;
    };
  }
}
