package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.wire.FrameEncoder;
import io.tapeflow.simulator.wire.SimEvent;
import java.util.List;

/** A script made of steps at fixed instants, played in order; subclasses say what each step does. */
abstract class TimedScript implements ScriptRunner {
  protected final long[] at;
  private int next;

  TimedScript(long... at) {
    this.at = at;
  }

  @Override
  public long nextNs() {
    return next < at.length ? at[next] : Long.MAX_VALUE;
  }

  @Override
  public void step(TickerSim sim, List<SimEvent> out, long now) {
    perform(next++, sim, out, now);
  }

  abstract void perform(int step, TickerSim sim, List<SimEvent> out, long now);

  /** Sends a quote carrying a halt/resume condition. */
  static void conditionQuote(TickerSim sim, List<SimEvent> out, long now, int condition) {
    out.add(FrameEncoder.quote(sim.m.quote(sim, now, condition)));
  }

  /** The reopening auction print at {@code cents}, then bands re-published around it. */
  static void reopen(TickerSim sim, List<SimEvent> out, long now, long cents) {
    sim.m.pinnedCents = 0;
    sim.m.targetCents = 0;
    sim.m.priceCents = cents;
    int[] cond = sim.p.tape() == 3 ? new int[] {18} : new int[] {28};
    sim.record(sim.m.auctionTrade(now, cond, 100L * (50 + sim.rnd.nextInt(450))), out);
    sim.luld.resetTo(cents);
    sim.publishLuld(out, now + 1, sim.p.tape() == 3 ? 18 : 21);
  }
}
