package io.tapeflow.simulator;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.tapeflow.simulator.scenario.MarketGenerator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.wire.Channel;
import io.tapeflow.simulator.wire.SimEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark feed: T and Q events of a generated market pre-rendered into frames of N events once, then
 * written again and again (shared direct buffers, no per-event work) until the requested total is sent.
 */
public final class Firehose implements EventSource {
  private static final int DISTINCT_EVENTS = 100_000;

  private final long totalEvents;
  private final int eventsPerFrame;
  private ByteBuf[] frames;
  private int[] frameEvents;

  public Firehose(long totalEvents, int eventsPerFrame) {
    this.totalEvents = totalEvents;
    this.eventsPerFrame = eventsPerFrame;
  }

  public long totalEvents() {
    return totalEvents;
  }

  /** Renders the distinct frames (lazily, on the publisher thread). */
  void render() {
    if (frames != null) {
      return;
    }
    MarketGenerator gen = new MarketGenerator(ScenarioSpec.basic(100, 42).withRateScale(4));
    List<ByteBuf> out = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    StringBuilder sb = new StringBuilder(eventsPerFrame * 160);
    int inFrame = 0;
    long distinct = Math.min(totalEvents, DISTINCT_EVENTS);
    for (long i = 0; i < distinct; ) {
      SimEvent ev = gen.next();
      if (ev == null) {
        break;
      }
      if (ev.channel != Channel.T && ev.channel != Channel.Q) {
        continue;
      }
      sb.append(inFrame == 0 ? '[' : ',').append(ev.jsonText());
      i++;
      if (++inFrame == eventsPerFrame || i == distinct) {
        out.add(Unpooled.directBuffer().writeBytes(sb.append(']').toString().getBytes(StandardCharsets.UTF_8)));
        counts.add(inFrame);
        sb.setLength(0);
        inFrame = 0;
      }
    }
    frames = out.toArray(new ByteBuf[0]);
    frameEvents = counts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Drops this feed's own reference; frames still queued on sockets hold theirs until written. */
  void release() {
    if (frames != null) {
      for (ByteBuf f : frames) {
        f.release();
      }
      frames = null;
    }
  }

  ByteBuf[] frames() {
    return frames;
  }

  int[] frameEvents() {
    return frameEvents;
  }

  /** Not used: the publisher writes the pre-rendered frames directly. */
  @Override
  public SimEvent next() {
    return null;
  }
}
