package io.tapeflow.simulator;

import io.tapeflow.simulator.wire.SimEvent;

/** A stream of data events in market-time order (a generated market or a replayed file). */
public interface EventSource {
  /** The next event, or null at the end. */
  SimEvent next();
}
