package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.EventSource;
import io.tapeflow.simulator.wire.SimEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The generated market as a stream in time order: merges every ticker's own deterministic process through a
 * priority queue keyed by (next action time, ticker index), so the same spec always yields the same events.
 */
public final class MarketGenerator implements EventSource {
  private final ScenarioSpec spec;
  private final SessionClock clock;
  private final List<TickerProfile> profiles;
  private final List<ScriptedHalt> script;
  private final PriorityQueue<TickerSim> queue;
  private final ArrayDeque<SimEvent> ready = new ArrayDeque<>();
  private final List<SimEvent> buffer = new ArrayList<>();

  public MarketGenerator(ScenarioSpec spec) {
    this.spec = spec;
    this.clock = new SessionClock(spec.date(), spec.start(), spec.end());
    this.profiles = Universe.build(spec.tickers(), spec.seed(), spec.rateScale());
    this.queue = new PriorityQueue<>(Math.max(1, profiles.size()), (a, b) -> {
      int c = Long.compare(a.nextNs(), b.nextNs());
      return c != 0 ? c : Integer.compare(a.p.index(), b.p.index());
    });
    List<TickerSim> sims = new ArrayList<>(profiles.size());
    for (TickerProfile p : profiles) {
      sims.add(new TickerSim(p, clock, spec.seed(), spec.extendedHours(), spec.resendRate()));
    }
    this.script = HaltScripts.assign(spec, clock, sims);
    for (TickerSim s : sims) {
      if (s.nextNs() != Long.MAX_VALUE) {
        queue.add(s);
      }
    }
  }

  @Override
  public SimEvent next() {
    while (ready.isEmpty()) {
      TickerSim sim = queue.poll();
      if (sim == null) {
        return null;
      }
      buffer.clear();
      sim.step(buffer);
      ready.addAll(buffer);
      if (sim.nextNs() != Long.MAX_VALUE) {
        queue.add(sim);
      }
    }
    return ready.poll();
  }

  public ScenarioSpec spec() {
    return spec;
  }

  public SessionClock clock() {
    return clock;
  }

  public List<TickerProfile> tickers() {
    return profiles;
  }

  /** The scripted events of this market (ground truth for detector tests). */
  public List<ScriptedHalt> script() {
    return script;
  }
}
