package io.tapeflow.simulator.rest;

import io.tapeflow.simulator.faults.FaultPlan;
import io.tapeflow.simulator.scenario.MarketGenerator;
import java.util.Set;

/** REST over the generated market: auth like Polygon's (Bearer header or apiKey), then the endpoints. */
public class MarketRestHandler extends RestHandler {
  private final MarketGenerator market;
  private final Set<String> apiKeys;
  private final FaultPlan faults;

  public MarketRestHandler(MarketGenerator market, Set<String> apiKeys, FaultPlan faults) {
    this.market = market;
    this.apiKeys = apiKeys;
    this.faults = faults;
  }
}
