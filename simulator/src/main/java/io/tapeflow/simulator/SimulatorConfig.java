package io.tapeflow.simulator;

import io.tapeflow.simulator.faults.FaultPlan;
import io.tapeflow.simulator.rest.RestHandler;
import io.tapeflow.simulator.scenario.MarketGenerator;
import java.util.Set;

/** Everything the builder resolved, handed to the simulator in one piece. */
final class SimulatorConfig {
  int port;
  Set<String> apiKeys;
  EventSource source;
  MarketGenerator market;
  Firehose firehose;
  RestHandler rest;
  io.tapeflow.simulator.rest.RestFaults restFaults;
  double speed;
  FaultPlan faults;
  boolean sentLog;
  int sentLogLimit;
  boolean awaitSubscriber;
  int eventsPerFrame;
  long seed;
}
