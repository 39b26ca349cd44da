package io.tapeflow.simulator;

import io.tapeflow.simulator.faults.BadFrames;
import io.tapeflow.simulator.faults.FaultPlan;
import io.tapeflow.simulator.rest.RestFaults;
import io.tapeflow.simulator.rest.RestHandler;
import io.tapeflow.simulator.scenario.MarketGenerator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.scenario.ScriptedHalt;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A Polygon-compatible stocks server on 127.0.0.1 for tests and demos: WebSocket {@code /stocks} and REST on
 * one port, fed by a generated market, a replayed recording or the firehose, with faults on demand.
 */
public final class PolygonSimulator implements AutoCloseable {
  private final SimulatorServer server;
  private final Hub hub;
  private final Publisher publisher;
  private final Thread publisherThread;
  private final MarketGenerator market;
  private final ScheduledExecutorService timers;
  private final RestFaults restFaults;
  private final RestHandler rest;

  PolygonSimulator(SimulatorConfig cfg) throws InterruptedException {
    this.hub = new Hub(cfg.sentLog ? cfg.sentLogLimit : 0);
    this.market = cfg.market;
    this.restFaults = cfg.restFaults;
    this.rest = cfg.rest != null ? cfg.rest : new RestHandler();
    this.server = new SimulatorServer(cfg.port, hub, cfg.apiKeys, cfg.faults, rest);
    this.publisher = new Publisher(cfg.source, hub, cfg.speed, cfg.faults, cfg.awaitSubscriber, cfg.eventsPerFrame,
        cfg.seed);
    this.publisherThread = new Thread(publisher, Publisher.THREAD_NAME);
    publisherThread.setDaemon(true);
    publisherThread.start();
    this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "sim-faults");
      t.setDaemon(true);
      return t;
    });
    Duration every = cfg.faults.dropEvery();
    if (every != null && !every.isZero()) {
      timers.scheduleAtFixedRate(this::dropAllNow, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  public static SimulatorBuilder builder() {
    return new SimulatorBuilder();
  }

  public int port() {
    return server.port();
  }

  /** {@code ws://127.0.0.1:<port>/stocks}. */
  public String wsUrl() {
    return "ws://127.0.0.1:" + port() + "/stocks";
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String restUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** Drops every open connection at once (TCP close, no close frame), as a network failure would. */
  public void dropAllNow() {
    for (Connection c : hub.connections()) {
      c.drop();
    }
  }

  /** Sends no frames and answers no pings for this long. */
  public void stall(Duration d) {
    hub.stallFor(d.toNanos());
  }

  /** Sends a text frame as-is to every authenticated connection (malformed JSON, unknown ev...). */
  public void sendRaw(String text) {
    for (Connection c : hub.connections()) {
      if (c.acceptsData()) {
        c.sendText(text);
      }
    }
  }

  /** Sends every kind of bad frame the simulator knows (unknown ev, truncated JSON, wrong types). */
  public void sendMalformed() {
    for (String f : BadFrames.all()) {
      sendRaw(f);
    }
  }

  /** REST fault knobs: bursts of 429s or 5xx for the next requests, a random 5xx rate. */
  public RestFaults restFaults() {
    return restFaults;
  }

  /** The sent log of the connection with this index (0 = first accepted), or null. */
  public SentLog sentLog(int connectionIndex) {
    return hub.log(connectionIndex);
  }

  /** Connections accepted so far (including rejected ones). */
  public int connectionsOpened() {
    return hub.connectionsEverOpened();
  }

  public int connectionsOpen() {
    return hub.connectionCount();
  }

  /** Connections cut by the slow-consumer rule so far. */
  public int slowConsumerDisconnects() {
    return hub.slowConsumerDisconnects();
  }

  /** Data events written to sockets so far (summed over connections). */
  public long eventsSent() {
    return publisher.eventsSent();
  }

  /** Events taken from the source so far (sent or not). */
  /**
   * The wall-clock instant (epoch ms) at which an event of market time {@code marketMs} was due on the wire, for
   * measuring latency against the paced clock; {@code Long.MIN_VALUE} before pacing started or at speed 0.
   */
  public long dueWallEpochMs(long marketMs) {
    return publisher.dueWallEpochMs(marketMs);
  }

  public long eventsGenerated() {
    return publisher.eventsGenerated();
  }

  /** Waits until the source is exhausted and the last frames are written; true if it ended in time. */
  public boolean awaitFeedEnd(Duration timeout) throws InterruptedException {
    return publisher.awaitEnd(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The generated market, or null for replay and firehose runs. */
  public MarketGenerator market() {
    return market;
  }

  /** The scripted halts of the generated market (empty for replay and firehose). */
  public List<ScriptedHalt> script() {
    return market == null ? List.of() : market.script();
  }

  /**
   * Writes the generated day as Polygon flat files under {@code dir} (us_stocks_sip/..._v1/YYYY/MM/DATE.csv.gz)
   * and returns the four paths. The files hold the same events as the WebSocket feed.
   */
  public List<java.nio.file.Path> writeFlatFiles(java.nio.file.Path dir) throws java.io.IOException {
    if (market == null) {
      throw new IllegalStateException("flat files need a generated market (not replay or firehose)");
    }
    return new io.tapeflow.simulator.flatfiles.FlatFileWriter(market.plan()).write(dir);
  }

  public ScenarioSpec scenario() {
    return market == null ? null : market.spec();
  }

  @Override
  public void close() {
    publisher.stop();
    timers.shutdownNow();
    server.close();
    if (rest instanceof io.tapeflow.simulator.rest.MarketRestHandler market) {
      market.close();
    }
    try {
      publisherThread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
