package io.tapeflow.simulator;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.tapeflow.simulator.faults.FaultPlan;
import io.tapeflow.simulator.wire.SimEvent;
import io.tapeflow.simulator.wire.VerbatimFrame;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The single thread that paces the market clock and fans events out: each event goes into the frame under
 * construction of every connection subscribed to it; frames are flushed when full or when the clock must
 * wait. At speed 0 it waits for the slowest reader instead of the clock.
 */
final class Publisher implements Runnable {
  static final String THREAD_NAME = "sim-publisher";

  private final EventSource source;
  private final Hub hub;
  private final double speed;
  private final boolean awaitSubscriber;
  private final int eventsPerFrame;
  private final Delivery delivery;
  private final AtomicLong eventsGenerated = new AtomicLong();
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean running = true;
  /** Epoch ms and market ms of the pacing origin, published once the first event is paced (latency benches). */
  private volatile long originWallEpochMs = Long.MIN_VALUE;
  private volatile long originMarketMs = Long.MIN_VALUE;

  Publisher(EventSource source, Hub hub, double speed, FaultPlan faults, boolean awaitSubscriber,
      int eventsPerFrame, long seed) {
    this.source = source;
    this.hub = hub;
    this.speed = speed;
    this.awaitSubscriber = awaitSubscriber;
    this.eventsPerFrame = eventsPerFrame;
    this.delivery = new Delivery(hub, faults, speed, seed, () -> running);
  }

  @Override
  public void run() {
    try {
      if (awaitSubscriber) {
        while (running && !anySubscriber()) {
          LockSupport.parkNanos(2_000_000);
        }
      }
      if (source instanceof Firehose firehose) {
        try {
          FirehoseLoop.run(firehose, hub, delivery, () -> running);
        } finally {
          firehose.release();
        }
        return;
      }
      long wallStart = System.nanoTime();
      long marketStart = Long.MIN_VALUE;
      long lastSecond = Long.MIN_VALUE;
      SimEvent ev;
      while (running && (ev = source.next()) != null) {
        eventsGenerated.incrementAndGet();
        if (marketStart == Long.MIN_VALUE) {
          marketStart = ev.marketTimeMs;
          originWallEpochMs = System.currentTimeMillis() - (System.nanoTime() - wallStart) / 1_000_000L;
          originMarketMs = marketStart;
        }
        if (speed == 0 && ev.marketTimeMs / 1000 != lastSecond) {
          // As fast as the client reads, but never hold a sparse channel's frame past a market second.
          lastSecond = ev.marketTimeMs / 1000;
          flushAll();
        }
        if (speed == 0 && awaitSubscriber) {
          // As fast as the client reads: with nobody subscribed (e.g. between a drop and the reconnect) there
          // is no reader, so the clock holds instead of racing through the day unseen.
          while (running && !anySubscriber()) {
            LockSupport.parkNanos(2_000_000);
          }
        }
        if (speed > 0) {
          long due = wallStart + (long) ((ev.marketTimeMs - marketStart) * 1_000_000d / speed);
          if (System.nanoTime() - due < 0) {
            flushAll();
            sleepUntil(due);
          }
        }
        dispatch(ev);
      }
      flushAll();
    } finally {
      if (source instanceof AutoCloseable closeable) {
        try {
          closeable.close();
        } catch (Exception e) {
          // nothing left to read from it anyway
        }
      }
      done.countDown();
    }
  }

  /**
   * When an event of market time {@code marketMs} is due on the wire (epoch ms), at a speed above 0; or
   * {@code Long.MIN_VALUE} before the first event was paced.
   */
  long dueWallEpochMs(long marketMs) {
    long originWall = originWallEpochMs;
    if (originWall == Long.MIN_VALUE || speed <= 0) {
      return Long.MIN_VALUE;
    }
    return originWall + (long) ((marketMs - originMarketMs) / speed);
  }

  private boolean anySubscriber() {
    for (Connection c : hub.connections()) {
      if (c.acceptsData() && !c.subscriptions().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private void dispatch(SimEvent ev) {
    for (Connection c : hub.connections()) {
      if (!c.acceptsData()) {
        continue;
      }
      Subscriptions subs = c.subscriptions();
      if (ev.data instanceof VerbatimFrame vf) {
        if (vf.anyMatch(subs::matches)) {
          delivery.flush(c);
          sendVerbatim(c, ev, vf);
        }
      } else if (subs.matches(ev.channel, ev.ticker) && c.append(ev) >= eventsPerFrame) {
        delivery.flush(c);
      }
    }
  }

  private void sendVerbatim(Connection c, SimEvent ev, VerbatimFrame vf) {
    SentLog log = c.log();
    if (log != null) {
      for (int i = 0; i < vf.channels().length; i++) {
        if (vf.channels()[i] != null) {
          log.append(vf.channels()[i], vf.tickers()[i], vf.seqs()[i], vf.times()[i]);
        }
      }
    }
    delivery.write(c, new TextWebSocketFrame(Unpooled.wrappedBuffer(ev.json)), vf.channels().length);
  }

  private void flushAll() {
    for (Connection c : hub.connections()) {
      delivery.flush(c);
    }
  }

  private void sleepUntil(long dueNanos) {
    long left;
    while (running && (left = dueNanos - System.nanoTime()) > 0) {
      LockSupport.parkNanos(Math.min(left, 50_000_000));
    }
  }

  long eventsSent() {
    return delivery.eventsSent();
  }

  long eventsGenerated() {
    return eventsGenerated.get();
  }

  boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
    return done.await(timeout, unit);
  }

  void stop() {
    running = false;
  }
}
