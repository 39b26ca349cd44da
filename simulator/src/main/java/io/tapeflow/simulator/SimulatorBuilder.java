package io.tapeflow.simulator;

import io.tapeflow.simulator.faults.FaultPlan;
import io.tapeflow.simulator.replay.JsonlReplayer;
import io.tapeflow.simulator.rest.MarketRestHandler;
import io.tapeflow.simulator.rest.RestFaults;
import io.tapeflow.simulator.scenario.MarketGenerator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Fluent configuration of a {@link PolygonSimulator}; {@link #start()} binds the port and starts the feed. */
public final class SimulatorBuilder {
  /** The API key accepted when none is configured (documented for local use only). */
  public static final String DEFAULT_TEST_KEY = "tapeflow-test-key";

  private int port;
  private final Set<String> apiKeys = new LinkedHashSet<>();
  private ScenarioSpec scenario;
  private Path replay;
  private Firehose firehose;
  private double speed = 1.0;
  private FaultPlan faults = FaultPlan.none().withSlowConsumerBytes(64L * 1024 * 1024);
  private boolean sentLog = true;
  private int sentLogLimit = 2_000_000;
  private boolean awaitSubscriber = true;
  private int eventsPerFrame = 100;
  private double restErrorRate;

  SimulatorBuilder() {}

  /** Port to bind on 127.0.0.1; 0 (default) = a free port. */
  public SimulatorBuilder port(int port) {
    this.port = port;
    return this;
  }

  /** Keys that pass auth (WebSocket and REST). */
  public SimulatorBuilder apiKeys(String... keys) {
    apiKeys.addAll(List.of(keys));
    return this;
  }

  /** Serve a generated market. */
  public SimulatorBuilder scenario(ScenarioSpec spec) {
    this.scenario = spec;
    return this;
  }

  /** Serve a recorded session (CONTRACT.md 3) instead of a generated market. */
  public SimulatorBuilder replay(Path jsonl) {
    this.replay = jsonl;
    return this;
  }

  /** Serve pre-rendered T/Q frames as fast as the client reads, {@code events} in total. */
  public SimulatorBuilder firehose(long events) {
    this.firehose = new Firehose(events, eventsPerFrame);
    return this;
  }

  /** Market seconds per wall second; 0 = as fast as the client reads. */
  public SimulatorBuilder speed(double speed) {
    if (speed < 0) {
      throw new IllegalArgumentException("speed must be >= 0");
    }
    this.speed = speed;
    return this;
  }

  public SimulatorBuilder faults(FaultPlan plan) {
    this.faults = plan;
    return this;
  }

  public SimulatorBuilder authTimeout(Duration d) {
    faults = faults.withAuthTimeout(d);
    return this;
  }

  /** Drop every connection this often. */
  public SimulatorBuilder dropEvery(Duration d) {
    faults = faults.withDropEvery(d);
    return this;
  }

  public SimulatorBuilder maxConnections(int n) {
    faults = faults.withMaxConnections(n);
    return this;
  }

  /** Bytes queued for a connection that make it a slow consumer (default 64 MiB; 0 = never). */
  public SimulatorBuilder slowConsumerBytes(long bytes) {
    faults = faults.withSlowConsumerBytes(bytes);
    return this;
  }

  /** Probability of injecting a bad frame after each data frame. */
  public SimulatorBuilder malformedRate(double rate) {
    faults = faults.withMalformedRate(rate);
    return this;
  }

  /** Probability that a REST request fails with a 5xx (default 0). */
  public SimulatorBuilder restErrorRate(double rate) {
    this.restErrorRate = rate;
    return this;
  }

  /** Record every sent data event per connection (default on; turn off for benchmarks). */
  public SimulatorBuilder sentLog(boolean on) {
    this.sentLog = on;
    return this;
  }

  /** Entries kept per connection's sent log before it stops recording (default 2,000,000). */
  public SimulatorBuilder sentLogLimit(int entries) {
    this.sentLogLimit = entries;
    return this;
  }

  /** Hold the market clock until a client has subscribed (default on), so no test misses the start. */
  public SimulatorBuilder awaitSubscriber(boolean on) {
    this.awaitSubscriber = on;
    return this;
  }

  /** Maximum data events per frame (default 100). */
  public SimulatorBuilder eventsPerFrame(int n) {
    this.eventsPerFrame = n;
    if (firehose != null) {
      firehose = new Firehose(firehose.totalEvents(), n);
    }
    return this;
  }

  public PolygonSimulator start() {
    SimulatorConfig cfg = new SimulatorConfig();
    cfg.port = port;
    cfg.apiKeys = apiKeys.isEmpty() ? Set.of(DEFAULT_TEST_KEY) : Set.copyOf(apiKeys);
    cfg.speed = speed;
    cfg.faults = faults;
    cfg.sentLog = sentLog;
    cfg.sentLogLimit = sentLogLimit;
    cfg.awaitSubscriber = awaitSubscriber;
    cfg.eventsPerFrame = eventsPerFrame;
    cfg.restFaults = new RestFaults();
    cfg.restFaults.serverErrorRate(restErrorRate);
    if (replay != null) {
      try {
        cfg.source = JsonlReplayer.open(replay);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read replay file " + replay, e);
      }
    } else if (firehose != null) {
      cfg.source = firehose;
      cfg.firehose = firehose;
    } else {
      ScenarioSpec spec = scenario != null ? scenario : ScenarioSpec.basic(10, 1);
      cfg.market = new MarketGenerator(spec);
      cfg.source = cfg.market;
      cfg.seed = spec.seed();
      cfg.rest = new MarketRestHandler(cfg.market.plan(), cfg.apiKeys, cfg.restFaults);
    }
    try {
      return new PolygonSimulator(cfg);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding", e);
    }
  }
}
