package io.tapeflow.simulator;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes the firehose's pre-rendered frames round-robin to every subscribed connection until the requested
 * total is sent: one retained duplicate per write, no per-event work.
 */
final class FirehoseLoop {
  private FirehoseLoop() {}

  static void run(Firehose firehose, Hub hub, Delivery delivery, BooleanSupplier running) {
    firehose.render();
    ByteBuf[] frames = firehose.frames();
    int[] counts = firehose.frameEvents();
    long total = firehose.totalEvents();
    long sent = 0;
    int i = 0;
    while (running.getAsBoolean() && sent < total && frames.length > 0) {
      boolean any = false;
      for (Connection c : hub.connections()) {
        if (c.acceptsData() && !c.subscriptions().isEmpty()) {
          delivery.write(c, new TextWebSocketFrame(frames[i].retainedDuplicate()), counts[i]);
          any = true;
        }
      }
      if (!any) {
        if (hub.connections().isEmpty() && sent > 0) {
          return; // the reader left: the benchmark is over
        }
        LockSupport.parkNanos(1_000_000);
        continue;
      }
      sent += counts[i];
      i = (i + 1) % frames.length;
    }
  }
}
