package io.tapeflow.simulator;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.tapeflow.simulator.faults.BadFrames;
import io.tapeflow.simulator.faults.FaultPlan;
import io.tapeflow.simulator.wire.FrameEncoder;
import io.tapeflow.simulator.wire.SimEvent;
import io.tapeflow.simulator.wire.VerbatimFrame;
import java.util.SplittableRandom;
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
  static final String SLOW_CONSUMER = FrameEncoder.status("slow_consumer", "Consumer is not keeping up.");
  private static final long WAIT_HIGH_BYTES = 512 * 1024;

  private final EventSource source;
  private final Hub hub;
  private final double speed;
  private final FaultPlan faults;
  private final boolean awaitSubscriber;
  private final int eventsPerFrame;
  private final SplittableRandom random;
  private final AtomicLong eventsSent = new AtomicLong();
  private final AtomicLong eventsGenerated = new AtomicLong();
  private final CountDownLatch done = new CountDownLatch(1);
  private volatile boolean running = true;

  Publisher(EventSource source, Hub hub, double speed, FaultPlan faults, boolean awaitSubscriber,
      int eventsPerFrame, long seed) {
    this.source = source;
    this.hub = hub;
    this.speed = speed;
    this.faults = faults;
    this.awaitSubscriber = awaitSubscriber;
    this.eventsPerFrame = eventsPerFrame;
    this.random = new SplittableRandom(seed ^ 0x5eed);
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
          runFirehose(firehose);
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

  /** Writes the pre-rendered frames round-robin to every subscribed connection until the total is sent. */
  private void runFirehose(Firehose firehose) {
    firehose.render();
    io.netty.buffer.ByteBuf[] frames = firehose.frames();
    int[] counts = firehose.frameEvents();
    long total = firehose.totalEvents();
    long sent = 0;
    for (int i = 0; running && sent < total && frames.length > 0; i = (i + 1) % frames.length) {
      boolean any = false;
      for (Connection c : hub.connections()) {
        if (c.acceptsData() && !c.subscriptions().isEmpty()) {
          awaitStall();
          c.writeFrame(new TextWebSocketFrame(frames[i].retainedDuplicate()));
          eventsSent.addAndGet(counts[i]);
          afterWrite(c);
          any = true;
        }
      }
      if (!any) {
        if (hub.connections().isEmpty() && sent > 0) {
          break;
        }
        LockSupport.parkNanos(1_000_000);
        i--;
        continue;
      }
      sent += counts[i];
    }
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
          flush(c);
          sendVerbatim(c, ev, vf);
        }
      } else if (subs.matches(ev.channel, ev.ticker) && c.append(ev) >= eventsPerFrame) {
        flush(c);
      }
    }
  }

  private void sendVerbatim(Connection c, SimEvent ev, VerbatimFrame vf) {
    awaitStall();
    c.writeFrame(new TextWebSocketFrame(Unpooled.wrappedBuffer(ev.json)));
    SentLog log = c.log();
    if (log != null) {
      for (int i = 0; i < vf.channels().length; i++) {
        if (vf.channels()[i] != null) {
          log.append(vf.channels()[i], vf.tickers()[i], vf.seqs()[i], vf.times()[i]);
        }
      }
    }
    eventsSent.addAndGet(vf.channels().length);
    afterWrite(c);
  }

  private void flushAll() {
    for (Connection c : hub.connections()) {
      flush(c);
    }
  }

  private void flush(Connection c) {
    int n = c.pendingEvents();
    if (n == 0) {
      return;
    }
    if (c.isClosing()) {
      c.releaseFrame();
      return;
    }
    awaitStall();
    c.flush();
    eventsSent.addAndGet(n);
    afterWrite(c);
  }

  /** Slow-consumer rule, malformed-frame injection and (at speed 0) waiting for the reader. */
  void afterWrite(Connection c) {
    if (faults.malformedRate() > 0 && random.nextDouble() < faults.malformedRate()) {
      c.sendText(BadFrames.pick(random));
    }
    long bound = faults.slowConsumerBytes();
    if (bound > 0 && c.queuedBytes() > bound) {
      c.closeWith(SLOW_CONSUMER, 1008, "slow consumer");
      hub.slowConsumerCut();
      return;
    }
    if (speed == 0) {
      long start = System.nanoTime();
      while (running && c.queuedBytes() > WAIT_HIGH_BYTES && !c.isClosing()) {
        // A reader that stays blocked for a second with a bound configured is a slow consumer: stop waiting
        // so that its queue grows past the bound and the rule above cuts it.
        if (bound > 0 && System.nanoTime() - start > 1_000_000_000L) {
          return;
        }
        LockSupport.parkNanos(50_000);
      }
    }
  }

  private void awaitStall() {
    while (running && hub.stalled()) {
      LockSupport.parkNanos(Math.max(1_000_000, Math.min(hub.stallRemainingNanos(), 50_000_000)));
    }
  }

  private void sleepUntil(long dueNanos) {
    long left;
    while (running && (left = dueNanos - System.nanoTime()) > 0) {
      LockSupport.parkNanos(Math.min(left, 50_000_000));
    }
  }

  long eventsSent() {
    return eventsSent.get();
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
