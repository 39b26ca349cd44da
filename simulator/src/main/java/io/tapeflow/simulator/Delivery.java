package io.tapeflow.simulator;

import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.tapeflow.simulator.faults.BadFrames;
import io.tapeflow.simulator.faults.FaultPlan;
import io.tapeflow.simulator.wire.FrameEncoder;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/**
 * The rules applied to every data frame written (publisher thread only): hold during stalls, count the
 * events, inject bad frames at the configured rate, cut slow consumers, and at speed 0 wait for the reader.
 */
final class Delivery {
  static final String SLOW_CONSUMER = FrameEncoder.status("slow_consumer", "Consumer is not keeping up.");
  private static final long WAIT_HIGH_BYTES = 512 * 1024;

  private final Hub hub;
  private final FaultPlan faults;
  private final double speed;
  private final SplittableRandom random;
  private final BooleanSupplier running;
  private final AtomicLong eventsSent = new AtomicLong();

  Delivery(Hub hub, FaultPlan faults, double speed, long seed, BooleanSupplier running) {
    this.hub = hub;
    this.faults = faults;
    this.speed = speed;
    this.random = new SplittableRandom(seed ^ 0x5eed);
    this.running = running;
  }

  /** Sends the connection's frame under construction, if any. */
  void flush(Connection c) {
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
    afterWrite(c, n);
  }

  /** Writes a ready frame holding {@code events} data events. */
  void write(Connection c, TextWebSocketFrame frame, int events) {
    awaitStall();
    c.writeFrame(frame);
    afterWrite(c, events);
  }

  private void afterWrite(Connection c, int events) {
    eventsSent.addAndGet(events);
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
      while (running.getAsBoolean() && c.queuedBytes() > WAIT_HIGH_BYTES && !c.isClosing()) {
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
    while (running.getAsBoolean() && hub.stalled()) {
      LockSupport.parkNanos(Math.max(1_000_000, Math.min(hub.stallRemainingNanos(), 50_000_000)));
    }
  }

  long eventsSent() {
    return eventsSent.get();
  }
}
