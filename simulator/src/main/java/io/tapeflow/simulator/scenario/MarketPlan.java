package io.tapeflow.simulator.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything fixed before the first event: the session clock, the ticker universe and the scripted facts.
 * Each ticker's process depends only on the plan and its own index, so any subset of tickers can be
 * generated alone (REST and flat files do that) and yields exactly the events of the full market.
 */
public final class MarketPlan {
  private final ScenarioSpec spec;
  private final SessionClock clock;
  private final List<TickerProfile> profiles;
  private final List<ScriptedHalt> truth;
  private final Map<String, TickerProfile> byTicker = new HashMap<>();
  private final Map<String, ScriptedHalt> haltByTicker = new HashMap<>();

  private MarketPlan(ScenarioSpec spec) {
    this.spec = spec;
    this.clock = new SessionClock(spec.date(), spec.start(), spec.end());
    HaltScripts.Plan plan = HaltScripts.plan(spec, clock, Universe.build(spec.tickers(), spec.seed(), spec.rateScale(),
        spec.quietTickers()));
    this.profiles = List.copyOf(plan.profiles());
    this.truth = plan.truth();
    profiles.forEach(p -> byTicker.put(p.ticker(), p));
    truth.forEach(h -> haltByTicker.put(h.ticker(), h));
  }

  public static MarketPlan of(ScenarioSpec spec) {
    return new MarketPlan(spec);
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

  /** The profile of a ticker, or null when it is not in this market. */
  public TickerProfile ticker(String symbol) {
    return byTicker.get(symbol);
  }

  public List<ScriptedHalt> script() {
    return truth;
  }

  /** A fresh simulation of one ticker, with its scripted event if it has one. */
  TickerSim newSim(TickerProfile p) {
    TickerSim sim = new TickerSim(p, clock, spec.seed(), spec.extendedHours(), spec.resendRate());
    ScriptedHalt h = haltByTicker.get(p.ticker());
    sim.script = h == null ? null : HaltScripts.runner(h, spec.seed());
    return sim;
  }
}
