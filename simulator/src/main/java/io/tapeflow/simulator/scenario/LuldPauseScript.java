package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.wire.SimEvent;
import java.util.List;

/**
 * A run to a LULD band: the walk drifts to the band, the NBBO sits at it (LULD limit-state indicator 23/25)
 * and either leaves within 15 s ({@code pause == false}: LULD 24/26, no halt) or the ticker is paused for
 * 5 minutes (tape 3: LULD 17 then 18; tapes 1/2: quote condition 43 then 16) and reopens with an auction
 * print (trade condition 28, or 18 on tape 3).
 */
final class LuldPauseScript extends TimedScript {
  static final long RUN_UP_NS = 20_000_000_000L;
  static final long PAUSE_AFTER_NS = 15_000_000_000L;
  static final long EXIT_AFTER_NS = 8_000_000_000L;
  static final long PAUSE_NS = 300_000_000_000L;

  private final boolean up;
  private final boolean pause;
  private long bandAtEntry;

  /** Steps: run-up, limit state entered, then pause + reopen or exit. */
  LuldPauseScript(long limitStateNs, boolean up, boolean pause) {
    super(pause
        ? new long[] {limitStateNs - RUN_UP_NS, limitStateNs, limitStateNs + PAUSE_AFTER_NS,
            limitStateNs + PAUSE_AFTER_NS + PAUSE_NS}
        : new long[] {limitStateNs - RUN_UP_NS, limitStateNs, limitStateNs + EXIT_AFTER_NS});
    this.up = up;
    this.pause = pause;
  }

  @Override
  void perform(int step, TickerSim sim, List<SimEvent> out, long now) {
    switch (step) {
      case 0 -> sim.m.targetCents = band(sim);
      case 1 -> {
        bandAtEntry = band(sim);
        sim.m.pinnedCents = bandAtEntry;
        sim.m.priceCents = bandAtEntry;
        sim.publishLuld(out, now, new int[] {up ? 23 : 25});
        conditionQuote(sim, out, now + 1, 0);
        sim.record(sim.m.trade(sim, now + 2, TickerSim.none(), 100), out);
      }
      case 2 -> {
        if (pause) {
          if (sim.p.tape() == 3) {
            sim.publishLuld(out, now, new int[] {17});
          } else {
            conditionQuote(sim, out, now, 43);
          }
        } else {
          sim.publishLuld(out, now, new int[] {up ? 24 : 26});
          sim.m.pinnedCents = 0;
          sim.m.targetCents = 0;
          long inside = Math.max(1, Math.round(bandAtEntry * 0.006));
          sim.m.priceCents = up ? bandAtEntry - inside : bandAtEntry + inside;
          conditionQuote(sim, out, now + 1, 0);
        }
      }
      default -> {
        if (sim.p.tape() != 3) {
          conditionQuote(sim, out, now, 16);
        }
        long move = Math.max(1, Math.round(bandAtEntry * (0.01 + sim.rnd.nextDouble() * 0.02)));
        reopen(sim, out, now, Math.max(1, up ? bandAtEntry + move : bandAtEntry - move));
      }
    }
  }

  private long band(TickerSim sim) {
    return up ? sim.luld.upperCents : sim.luld.lowerCents;
  }

  @Override
  public boolean allowsTrade(long now) {
    return !isPaused(now);
  }

  @Override
  public boolean allowsQuote(long now) {
    return !isPaused(now);
  }

  @Override
  public boolean suppressesBands(long now) {
    return now >= at[1] && now < at[at.length - 1];
  }

  private boolean isPaused(long now) {
    return pause && now >= at[2] && now < at[3];
  }
}
