package io.tapeflow.simulator.wire;

import java.util.function.BiPredicate;

/**
 * A recorded frame to send unchanged; carries the routing keys of the events inside it so that only
 * subscribed clients get it, and their sequence/time for the sent log. A frame with no routable event
 * (malformed text, unknown {@code ev}, a non-handshake status) goes to every subscribed client.
 */
public record VerbatimFrame(Channel[] channels, String[] tickers, long[] seqs, long[] times) {

  /** True when the client should get the frame. */
  public boolean anyMatch(BiPredicate<Channel, String> subscribed) {
    boolean routable = false;
    for (int i = 0; i < channels.length; i++) {
      if (channels[i] != null) {
        routable = true;
        if (subscribed.test(channels[i], tickers[i])) {
          return true;
        }
      }
    }
    return !routable;
  }
}
