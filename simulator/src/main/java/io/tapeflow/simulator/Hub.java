package io.tapeflow.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live connections and the per-connection sent logs, shared by the network handlers (which add and
 * remove connections) and the publisher (which fans events out to them), plus the stall switch.
 */
public final class Hub {
  private final CopyOnWriteArrayList<Connection> live = new CopyOnWriteArrayList<>();
  private final List<SentLog> logs = new ArrayList<>();
  private final AtomicInteger nextIndex = new AtomicInteger();
  private final int logLimit;
  private volatile long stalledUntilNanos;
  private final AtomicInteger slowConsumers = new AtomicInteger();

  /** {@code logLimit}: entries kept per connection's sent log; 0 = no log. */
  Hub(int logLimit) {
    this.logLimit = logLimit;
  }

  /** Registers a new connection and gives it the next index (0, 1, 2... in accept order). */
  Connection open(io.netty.channel.Channel channel) {
    Connection c = new Connection(channel, nextIndex.getAndIncrement(), logLimit);
    if (c.log() != null) {
      synchronized (logs) {
        logs.add(c.log());
      }
    }
    live.add(c);
    channel.closeFuture().addListener(f -> live.remove(c));
    return c;
  }

  /** Connections currently open (a snapshot). */
  public List<Connection> connections() {
    return live;
  }

  public int connectionCount() {
    return live.size();
  }

  /** Open connections the server has not decided to close (what the connection limit counts). */
  int activeCount() {
    int n = 0;
    for (Connection c : live) {
      if (!c.isClosing()) {
        n++;
      }
    }
    return n;
  }

  /** The sent log of the connection with this index, or null when logging is off or no such connection. */
  public SentLog log(int index) {
    synchronized (logs) {
      return index < logs.size() ? logs.get(index) : null;
    }
  }

  public int connectionsEverOpened() {
    return nextIndex.get();
  }

  void slowConsumerCut() {
    slowConsumers.incrementAndGet();
  }

  public int slowConsumerDisconnects() {
    return slowConsumers.get();
  }

  void stallFor(long nanos) {
    stalledUntilNanos = System.nanoTime() + nanos;
  }

  boolean stalled() {
    long until = stalledUntilNanos;
    return until != 0 && System.nanoTime() - until < 0;
  }

  long stallRemainingNanos() {
    return Math.max(0, stalledUntilNanos - System.nanoTime());
  }
}
