package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.EventSource;
import io.tapeflow.simulator.wire.SimEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The generated market as a stream in time order: merges every ticker's own deterministic process through a
 * priority queue keyed by (next action time, ticker index), so the same spec always yields the same events.
 */
public final class MarketGenerator implements EventSource {
  private final MarketPlan plan;
  private final PriorityQueue<TickerSim> queue;
  private final ArrayDeque<SimEvent> ready = new ArrayDeque<>();
  private final List<SimEvent> buffer = new ArrayList<>();

  public MarketGenerator(ScenarioSpec spec) {
    this(MarketPlan.of(spec), null);
  }

  /** Generates only the given tickers of the plan (all when null), exactly as in the full market. */
  public MarketGenerator(MarketPlan plan, Collection<TickerProfile> subset) {
    this.plan = plan;
    Collection<TickerProfile> chosen = subset == null ? plan.tickers() : subset;
    this.queue = new PriorityQueue<>(Math.max(1, chosen.size()), (a, b) -> {
      int c = Long.compare(a.queuedAt, b.queuedAt);
      return c != 0 ? c : Integer.compare(a.p.index(), b.p.index());
    });
    for (TickerProfile p : chosen) {
      TickerSim s = plan.newSim(p);
      s.queuedAt = s.nextNs();
      if (s.queuedAt != Long.MAX_VALUE) {
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
      sim.queuedAt = sim.nextNs();
      if (sim.queuedAt != Long.MAX_VALUE) {
        queue.add(sim);
      }
    }
    return ready.poll();
  }

  public MarketPlan plan() {
    return plan;
  }

  public ScenarioSpec spec() {
    return plan.spec();
  }

  public SessionClock clock() {
    return plan.clock();
  }

  public List<TickerProfile> tickers() {
    return plan.tickers();
  }

  /** The scripted events of this market (ground truth for detector tests). */
  public List<ScriptedHalt> script() {
    return plan.script();
  }
}
