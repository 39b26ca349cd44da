package io.tapeflow.simulator.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Plans the scenario's scripted events: gives each request the most liquid free ticker of the requested
 * tape (re-taping one when the universe has none), fixes the ground-truth times, and builds the runners.
 */
final class HaltScripts {
  private static final long NEWS_LEAD_NS = 120_000_000_000L;

  /** The (possibly re-taped) profiles, the runner per ticker index, and the ground truth. */
  record Plan(List<TickerProfile> profiles, Map<Integer, ScriptRunner> runners, List<ScriptedHalt> truth) {}

  private HaltScripts() {}

  static Plan plan(ScenarioSpec spec, SessionClock clock, List<TickerProfile> universe) {
    List<TickerProfile> profiles = new ArrayList<>(universe);
    Map<Integer, ScriptRunner> runners = new HashMap<>();
    List<ScriptedHalt> truth = new ArrayList<>();
    SplittableRandom rnd = new SplittableRandom(spec.seed() ^ 0x4a17L);
    List<HaltSpec> requests = new ArrayList<>(spec.halts());
    requests.sort(Comparator.comparing(HaltSpec::at));
    for (HaltSpec h : requests) {
      TickerProfile p = pick(profiles, runners, h.tape());
      if (p == null) {
        break; // more scripted events than tickers: the rest are dropped (and absent from the truth)
      }
      long start = clock.ns(h.at());
      boolean up = h.direction() != HaltSpec.Direction.DOWN;
      ScriptedHalt fact;
      ScriptRunner runner;
      switch (h.kind()) {
        case LULD_PAUSE -> {
          long halt = start + LuldPauseScript.PAUSE_AFTER_NS;
          runner = new LuldPauseScript(start, up, true);
          fact = new ScriptedHalt(p.ticker(), p.tape(), h.kind(), h.direction(), start, halt,
              halt + LuldPauseScript.PAUSE_NS, 0, null, 0);
        }
        case LIMIT_STATE_ONLY -> {
          runner = new LuldPauseScript(start, up, false);
          fact = new ScriptedHalt(p.ticker(), p.tape(), h.kind(), h.direction(), start, 0, 0,
              start + LuldPauseScript.EXIT_AFTER_NS, null, 0);
        }
        default -> {
          runner = new NewsHaltScript(start, rnd.nextBoolean());
          fact = new ScriptedHalt(p.ticker(), p.tape(), h.kind(), HaltSpec.Direction.NONE, 0, start,
              start + NewsHaltScript.HALT_NS, 0, "sim-news-" + p.ticker() + "-" + (truth.size() + 1),
              start - NEWS_LEAD_NS);
        }
      }
      runners.put(p.index(), runner);
      truth.add(fact);
    }
    return new Plan(profiles, runners, List.copyOf(truth));
  }

  private static TickerProfile pick(List<TickerProfile> profiles, Map<Integer, ScriptRunner> used, int tape) {
    TickerProfile fallback = null;
    for (TickerProfile p : profiles) {
      if (used.containsKey(p.index())) {
        continue;
      }
      if (p.tape() == tape) {
        return p;
      }
      if (fallback == null) {
        fallback = p;
      }
    }
    if (fallback == null) {
      return null;
    }
    int primary = tape == 3 ? 12 : tape == 1 ? 10 : 11;
    TickerProfile retaped = new TickerProfile(fallback.ticker(), fallback.index(), tape, fallback.tier(),
        fallback.startCents(), fallback.tradesPerSecond(), fallback.quotesPerSecond(), fallback.volatility(),
        primary);
    profiles.set(fallback.index(), retaped);
    return retaped;
  }
}
