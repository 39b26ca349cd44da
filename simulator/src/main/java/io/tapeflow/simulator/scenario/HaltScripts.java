package io.tapeflow.simulator.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the scenario's scripted events: gives each request the most liquid free ticker of the requested
 * tape (re-taping one when the universe has none), fixes the ground-truth times, and builds the runners.
 */
final class HaltScripts {
  private static final long NEWS_LEAD_NS = 120_000_000_000L;

  /** The (possibly re-taped) profiles and the ground truth. */
  record Plan(List<TickerProfile> profiles, List<ScriptedHalt> truth) {}

  private HaltScripts() {}

  static Plan plan(ScenarioSpec spec, SessionClock clock, List<TickerProfile> universe) {
    List<TickerProfile> profiles = new ArrayList<>(universe);
    Map<Integer, Boolean> used = new HashMap<>();
    List<ScriptedHalt> truth = new ArrayList<>();
    List<HaltSpec> requests = new ArrayList<>(spec.halts());
    requests.sort(Comparator.comparing(HaltSpec::at));
    for (HaltSpec h : requests) {
      TickerProfile p = pick(profiles, used, h.tape());
      if (p == null) {
        break; // more scripted events than tickers: the rest are dropped (and absent from the truth)
      }
      long start = clock.ns(h.at());
      ScriptedHalt fact;
      switch (h.kind()) {
        case LULD_PAUSE -> {
          long halt = start + LuldPauseScript.PAUSE_AFTER_NS;
          fact = new ScriptedHalt(p.ticker(), p.tape(), h.kind(), h.direction(), start, halt,
              halt + LuldPauseScript.PAUSE_NS, 0, null, 0);
        }
        case LIMIT_STATE_ONLY -> {
          fact = new ScriptedHalt(p.ticker(), p.tape(), h.kind(), h.direction(), start, 0, 0,
              start + LuldPauseScript.EXIT_AFTER_NS, null, 0);
        }
        default -> {
          fact = new ScriptedHalt(p.ticker(), p.tape(), h.kind(), HaltSpec.Direction.NONE, 0, start,
              start + NewsHaltScript.HALT_NS, 0, "sim-news-" + p.ticker() + "-" + (truth.size() + 1),
              start - NEWS_LEAD_NS);
        }
      }
      used.put(p.index(), true);
      truth.add(fact);
    }
    return new Plan(profiles, List.copyOf(truth));
  }

  /** A fresh runner playing one scripted fact (runners are stateful: one per generator). */
  static ScriptRunner runner(ScriptedHalt h, long seed) {
    boolean up = h.direction() != HaltSpec.Direction.DOWN;
    return switch (h.kind()) {
      case LULD_PAUSE -> new LuldPauseScript(h.limitStateStartNs(), up, true);
      case LIMIT_STATE_ONLY -> new LuldPauseScript(h.limitStateStartNs(), up, false);
      case NEWS -> new NewsHaltScript(h.haltStartNs(), ((seed ^ h.ticker().hashCode()) & 1) == 0);
    };
  }

  private static TickerProfile pick(List<TickerProfile> profiles, Map<Integer, Boolean> used, int tape) {
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
