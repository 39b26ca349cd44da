package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.wire.FrameEncoder;
import io.tapeflow.simulator.wire.SimEvent;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Late prints and re-sent minute bars: occasionally a TRF trade timestamped inside an already published
 * minute arrives a few seconds later, and the AM bar of that window is sent again with updated values
 * (PROTOCOL.md 2.9 item 7).
 */
final class LateBars {
  private final double rate;
  private long dueNs = Long.MAX_VALUE;
  private final BarAccumulator held = new BarAccumulator(true);

  LateBars(double rate) {
    this.rate = rate;
  }

  long nextNs() {
    return dueNs;
  }

  /** After an AM bar went out, maybe schedule a late print into its window. */
  void minuteEmitted(BarAccumulator minute, Bar bar, long now, SplittableRandom rnd, double tradesPerSecond) {
    if (bar == null || dueNs != Long.MAX_VALUE || tradesPerSecond < 0.05 || rnd.nextDouble() >= rate) {
      return;
    }
    held.startMs = bar.startMs();
    held.o = minute.o;
    held.h = minute.h;
    held.l = minute.l;
    held.c = minute.c;
    held.volume = minute.volume;
    held.notional = minute.notional;
    held.trades = minute.trades;
    held.hasOhlc = true;
    held.lastNs = minute.lastNs;
    dueNs = now + rnd.nextLong(1_000_000_000L, 8_000_000_000L);
  }

  /** Emits the late trade (its {@code t} inside the old window) and the re-sent AM bar. */
  void emit(TickerSim sim, List<SimEvent> out, long now) {
    dueNs = Long.MAX_VALUE;
    if (sim.script != null && !sim.script.allowsTrade(now)) {
      return; // halted: no late print
    }
    // Late but not later than the window's last trade, so it never lands inside a halt that followed.
    long sipNs = Math.max(held.startMs * 1_000_000L, held.lastNs - sim.rnd.nextLong(1, 1_000_000L));
    int[] cond = sim.clock.isRegular(sipNs) ? TickerSim.none() : new int[] {12};
    Trade t = sim.m.trade(sim, sipNs, cond, 100L * (1 + sim.rnd.nextInt(20)));
    Trade lateTrade = new Trade(t.ticker(), 4, t.id(), t.tape(), held.c, t.size(), t.conditions(), sipNs,
        t.participantNs(), t.seq(), 201, t.participantNs());
    SimEvent ev = FrameEncoder.trade(lateTrade);
    out.add(new SimEvent(ev.channel, ev.ticker, now / 1_000_000L, ev.seq, ev.wireTime, ev.json, ev.data));
    sim.day.add(lateTrade);
    held.add(lateTrade);
    SimEvent bar = FrameEncoder.bar(held.toBar(sim.p.ticker(), sim.day));
    out.add(new SimEvent(bar.channel, bar.ticker, now / 1_000_000L, 0, bar.wireTime, bar.json, bar.data));
  }
}
