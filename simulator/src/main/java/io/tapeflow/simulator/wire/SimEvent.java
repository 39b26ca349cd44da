package io.tapeflow.simulator.wire;

import java.nio.charset.StandardCharsets;

/**
 * One data event ready to send: its routing key (channel, ticker), its pacing time and its JSON object
 * rendered once, so that fan-out to many connections never re-encodes it.
 */
public final class SimEvent {
  public final Channel channel;
  public final String ticker;
  /** Market time in epoch ms used for pacing (the event's SIP time). */
  public final long marketTimeMs;
  /** Sequence number {@code q} as sent (0 for aggregates, which have none). */
  public final long seq;
  /** The event's timestamp as it appears on the wire: ms for T/Q, window start ms for A/AM, ns for LULD. */
  public final long wireTime;
  /** The rendered JSON object (no surrounding array), UTF-8. */
  public final byte[] json;
  /** The structured record behind the JSON (Trade, Quote, Bar, LuldBand) or null for verbatim frames. */
  public final Object data;

  public SimEvent(Channel channel, String ticker, long marketTimeMs, long seq, long wireTime, byte[] json,
      Object data) {
    this.channel = channel;
    this.ticker = ticker;
    this.marketTimeMs = marketTimeMs;
    this.seq = seq;
    this.wireTime = wireTime;
    this.json = json;
    this.data = data;
  }

  public String jsonText() {
    return new String(json, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return jsonText();
  }
}
