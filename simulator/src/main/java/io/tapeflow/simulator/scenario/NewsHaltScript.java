package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.wire.SimEvent;
import java.util.List;

/**
 * A news halt: quote condition 27 (News Pending) at the start, 21 (News Dissemination) half-way, then quote
 * condition 16 (Resume) and a reopening print away from the last price; no trades or quotes in between.
 */
final class NewsHaltScript extends TimedScript {
  static final long HALT_NS = 600_000_000_000L;

  private final boolean upOnNews;

  NewsHaltScript(long startNs, boolean upOnNews) {
    super(startNs, startNs + HALT_NS / 2, startNs + HALT_NS);
    this.upOnNews = upOnNews;
  }

  @Override
  void perform(int step, TickerSim sim, List<SimEvent> out, long now) {
    switch (step) {
      case 0 -> conditionQuote(sim, out, now, 27);
      case 1 -> conditionQuote(sim, out, now, 21);
      default -> {
        conditionQuote(sim, out, now, 16);
        long last = sim.m.priceCents;
        long move = Math.max(1, Math.round(last * (0.03 + sim.rnd.nextDouble() * 0.05)));
        reopen(sim, out, now, Math.max(1, upOnNews ? last + move : last - move));
      }
    }
  }

  @Override
  public boolean allowsTrade(long now) {
    return !halted(now);
  }

  @Override
  public boolean allowsQuote(long now) {
    return !halted(now);
  }

  @Override
  public boolean suppressesBands(long now) {
    return halted(now);
  }

  private boolean halted(long now) {
    return now >= at[0] && now < at[2];
  }
}
