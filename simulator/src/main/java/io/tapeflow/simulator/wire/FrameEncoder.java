package io.tapeflow.simulator.wire;

import io.tapeflow.simulator.scenario.Bar;
import io.tapeflow.simulator.scenario.LuldBand;
import io.tapeflow.simulator.scenario.Quote;
import io.tapeflow.simulator.scenario.Trade;
import java.nio.charset.StandardCharsets;

/**
 * Renders stocks events exactly as Polygon sends them (PROTOCOL.md 2.6), quirks included: trades use
 * {@code sym} and ms {@code t} and omit {@code c} when there are no conditions; quotes carry a scalar
 * {@code c}; LULD carries the ticker in {@code T} and {@code t} in nanoseconds.
 */
public final class FrameEncoder {
  private static final long NS_PER_MS = 1_000_000L;

  private FrameEncoder() {}

  public static SimEvent trade(Trade tr) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("{\"ev\":\"T\",\"sym\":\"").append(tr.ticker()).append("\",\"i\":\"").append(tr.id())
        .append("\",\"x\":").append(tr.exchange()).append(",\"p\":");
    Prices.appendCents(sb, tr.priceCents()).append(",\"s\":").append(tr.size());
    if (tr.conditions().length > 0) {
      appendInts(sb.append(",\"c\":"), tr.conditions());
    }
    long ms = tr.sipNs() / NS_PER_MS;
    sb.append(",\"t\":").append(ms).append(",\"q\":").append(tr.seq()).append(",\"z\":").append(tr.tape());
    if (tr.trfId() != 0) {
      sb.append(",\"trfi\":").append(tr.trfId()).append(",\"trft\":").append(tr.trfNs() / NS_PER_MS);
    }
    sb.append('}');
    return new SimEvent(Channel.T, tr.ticker(), ms, tr.seq(), ms, bytes(sb), tr);
  }

  public static SimEvent quote(Quote q) {
    StringBuilder sb = new StringBuilder(160);
    sb.append("{\"ev\":\"Q\",\"sym\":\"").append(q.ticker()).append("\",\"bx\":").append(q.bidExchange())
        .append(",\"bp\":");
    Prices.appendCents(sb, q.bidCents()).append(",\"bs\":").append(q.bidLots()).append(",\"ax\":")
        .append(q.askExchange()).append(",\"ap\":");
    Prices.appendCents(sb, q.askCents()).append(",\"as\":").append(q.askLots()).append(",\"c\":")
        .append(q.condition());
    if (q.indicators().length > 0) {
      appendInts(sb.append(",\"i\":"), q.indicators());
    }
    long ms = q.sipNs() / NS_PER_MS;
    sb.append(",\"t\":").append(ms).append(",\"q\":").append(q.seq()).append(",\"z\":").append(q.tape())
        .append('}');
    return new SimEvent(Channel.Q, q.ticker(), ms, q.seq(), ms, bytes(sb), q);
  }

  public static SimEvent bar(Bar b) {
    StringBuilder sb = new StringBuilder(200);
    sb.append("{\"ev\":\"").append(b.minute() ? "AM" : "A").append("\",\"sym\":\"").append(b.ticker())
        .append("\",\"v\":").append(b.volume()).append(",\"av\":").append(b.dayVolume()).append(",\"op\":");
    Prices.appendCents(sb, b.openCents()).append(",\"vw\":");
    Prices.append4(sb, b.vwap()).append(",\"o\":");
    Prices.appendCents(sb, b.o()).append(",\"c\":");
    Prices.appendCents(sb, b.c()).append(",\"h\":");
    Prices.appendCents(sb, b.h()).append(",\"l\":");
    Prices.appendCents(sb, b.l()).append(",\"a\":");
    Prices.append4(sb, b.dayVwap()).append(",\"z\":").append(b.avgSize()).append(",\"s\":").append(b.startMs())
        .append(",\"e\":").append(b.endMs()).append('}');
    return new SimEvent(b.minute() ? Channel.AM : Channel.A, b.ticker(), b.endMs(), 0, b.startMs(), bytes(sb),
        b);
  }

  public static SimEvent luld(LuldBand l) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("{\"ev\":\"LULD\",\"T\":\"").append(l.ticker()).append("\",\"h\":");
    Prices.appendCents(sb, l.upperCents()).append(",\"l\":");
    Prices.appendCents(sb, l.lowerCents()).append(",\"i\":");
    appendInts(sb, l.indicators()).append(",\"z\":").append(l.tape()).append(",\"t\":").append(l.ns())
        .append(",\"q\":").append(l.seq()).append('}');
    return new SimEvent(Channel.LULD, l.ticker(), l.ns() / NS_PER_MS, l.seq(), l.ns(), bytes(sb), l);
  }

  /** A status message frame, e.g. {@code [{"ev":"status","status":"connected","message":"..."}]}. */
  public static String status(String status, String message) {
    return "[{\"ev\":\"status\",\"status\":\"" + status + "\",\"message\":\"" + message + "\"}]";
  }

  static StringBuilder appendInts(StringBuilder sb, int[] values) {
    sb.append('[');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(values[i]);
    }
    return sb.append(']');
  }

  private static byte[] bytes(StringBuilder sb) {
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
