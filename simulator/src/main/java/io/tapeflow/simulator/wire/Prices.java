package io.tapeflow.simulator.wire;

/** Renders prices the way Polygon's JSON does: shortest decimal, no trailing zeros ({@code 143}, {@code 143.5}). */
public final class Prices {
  private Prices() {}

  /** Appends a price given in cents. */
  public static StringBuilder appendCents(StringBuilder sb, long cents) {
    return appendScaled(sb, cents, 2);
  }

  /** Appends a double rounded half-up to 4 decimals (VWAPs). */
  public static StringBuilder append4(StringBuilder sb, double value) {
    return appendScaled(sb, Math.round(value * 10_000d), 4);
  }

  public static String cents(long cents) {
    return appendCents(new StringBuilder(), cents).toString();
  }

  private static StringBuilder appendScaled(StringBuilder sb, long scaled, int decimals) {
    if (scaled < 0) {
      sb.append('-');
      scaled = -scaled;
    }
    long unit = decimals == 2 ? 100 : 10_000;
    sb.append(scaled / unit);
    long frac = scaled % unit;
    if (frac == 0) {
      return sb;
    }
    int digits = decimals;
    while (frac % 10 == 0) {
      frac /= 10;
      digits--;
    }
    sb.append('.');
    String f = Long.toString(frac);
    for (int i = f.length(); i < digits; i++) {
      sb.append('0');
    }
    return sb.append(f);
  }
}
