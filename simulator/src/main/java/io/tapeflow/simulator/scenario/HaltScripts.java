package io.tapeflow.simulator.scenario;

import java.util.ArrayList;
import java.util.List;

/** Assigns the scenario's halt requests to tickers and attaches the script runners that play them. */
final class HaltScripts {
  private HaltScripts() {}

  static List<ScriptedHalt> assign(ScenarioSpec spec, SessionClock clock, List<TickerSim> sims) {
    return new ArrayList<>();
  }
}
