package io.tapeflow.simulator;

import io.tapeflow.simulator.wire.Channel;
import java.util.HashSet;
import java.util.Set;

/**
 * One connection's subscriptions as an immutable value: replaced (copy-on-write) by the event loop on every
 * subscribe/unsubscribe and read without locks by the publisher thread.
 */
public final class Subscriptions {
  public static final Subscriptions NONE = new Subscriptions(new boolean[Channel.values().length], emptySets());

  private final boolean[] all;
  private final Set<String>[] tickers;

  private Subscriptions(boolean[] all, Set<String>[] tickers) {
    this.all = all;
    this.tickers = tickers;
  }

  /** True when events of this channel and ticker must be delivered. */
  public boolean matches(Channel channel, String ticker) {
    int i = channel.ordinal();
    return all[i] || (!tickers[i].isEmpty() && tickers[i].contains(ticker));
  }

  public boolean isEmpty() {
    for (int i = 0; i < all.length; i++) {
      if (all[i] || !tickers[i].isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Returns a copy with {@code ticker} ({@code *} = all) added or removed for the channel. */
  public Subscriptions with(Channel channel, String ticker, boolean add) {
    boolean[] a = all.clone();
    Set<String>[] t = tickers.clone();
    int i = channel.ordinal();
    if ("*".equals(ticker)) {
      a[i] = add;
    } else {
      Set<String> copy = new HashSet<>(t[i]);
      if (add) {
        copy.add(ticker);
      } else {
        copy.remove(ticker);
      }
      t[i] = copy;
    }
    return new Subscriptions(a, t);
  }

  @SuppressWarnings("unchecked")
  private static Set<String>[] emptySets() {
    Set<String>[] sets = new Set[Channel.values().length];
    for (int i = 0; i < sets.length; i++) {
      sets[i] = Set.of();
    }
    return sets;
  }
}
