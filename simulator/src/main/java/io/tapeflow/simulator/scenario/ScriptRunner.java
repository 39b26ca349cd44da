package io.tapeflow.simulator.scenario;

import io.tapeflow.simulator.wire.SimEvent;
import java.util.List;

/** Drives one ticker through a scripted halt: its own timed steps plus vetoes on ordinary trades and quotes. */
interface ScriptRunner {
  long nextNs();

  void step(TickerSim sim, List<SimEvent> out, long now);

  boolean allowsTrade(long now);

  boolean allowsQuote(long now);

  /** True while routine band recalculation must not publish (paused or halted). */
  boolean suppressesBands(long now);
}
