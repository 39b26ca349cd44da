package io.tapeflow.simulator.cli;

import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.SimulatorBuilder;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code simulate}: serves the Polygon-compatible simulator on 127.0.0.1 until Ctrl-C (or, with
 * {@code --flatfiles-dir} and no {@code --serve}, writes the day's flat files and exits). Usable as a
 * subcommand of the tapeflow launcher or alone through {@link #main}.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Serve a Polygon-compatible WebSocket + REST simulator on 127.0.0.1 (and write flat files).")
public class SimulatorCommand implements Callable<Integer> {
  @Option(names = "--port", description = "Port on 127.0.0.1; 0 = any free port (default: ${DEFAULT-VALUE}).")
  int port = 0;

  @Option(names = "--scenario", description = "basic | demo | market | firehose (default: ${DEFAULT-VALUE}).")
  String scenario = "demo";

  @Option(names = "--seed", description = "Seed of the generated market (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--tickers", description = "Number of tickers (default: the scenario's).")
  Integer tickers;

  @Option(names = "--date", description = "Trading day, YYYY-MM-DD (default: 2024-03-15).")
  LocalDate date;

  @Option(names = "--start", description = "Session start, Eastern HH:MM (default: the scenario's).")
  java.time.LocalTime start;

  @Option(names = "--end", description = "Session end, Eastern HH:MM (default: the scenario's).")
  java.time.LocalTime end;

  @Option(names = "--replay", description = "Replay a recorded session (JSONL, one server frame per line).")
  Path replay;

  @Option(names = "--speed", description = "Market seconds per wall second; 0 = as fast as the client reads "
      + "(default: ${DEFAULT-VALUE}).")
  double speed = 1.0;

  @Option(names = "--firehose-events", description = "Events sent by the firehose scenario (default: ${DEFAULT-VALUE}).")
  long firehoseEvents = 100_000_000L;

  @Option(names = "--api-key", description = "Accepted API key (default: env POLYGON_API_KEY, else "
      + SimulatorBuilder.DEFAULT_TEST_KEY + ").")
  String apiKey;

  @Option(names = "--auth-timeout", description = "Auth timeout, e.g. PT10S (default: ${DEFAULT-VALUE}).")
  Duration authTimeout = Duration.ofSeconds(10);

  @Option(names = "--drop-every", description = "Drop every connection this often, e.g. PT30S.")
  Duration dropEvery;

  @Option(names = "--max-connections", description = "Connections allowed at once; 0 = unlimited (default: ${DEFAULT-VALUE}).")
  int maxConnections = 0;

  @Option(names = "--slow-consumer-bytes", description = "Queued bytes that make a client a slow consumer; 0 = never "
      + "(default: ${DEFAULT-VALUE}).")
  long slowConsumerBytes = 64L * 1024 * 1024;

  @Option(names = "--malformed-rate", description = "Probability of a bad frame after each data frame (default: ${DEFAULT-VALUE}).")
  double malformedRate = 0;

  @Option(names = "--rest-error-rate", description = "Probability of a REST 5xx (default: ${DEFAULT-VALUE}).")
  double restErrorRate = 0;

  @Option(names = "--flatfiles-dir", description = "Write the day's flat files (us_stocks_sip/...) under DIR.")
  Path flatFilesDir;

  @Option(names = "--serve", description = "With --flatfiles-dir: keep serving after writing them.")
  boolean serve;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SimulatorCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = System.out;
    SimulatorBuilder b = PolygonSimulator.builder().port(port).speed(speed).apiKeys(resolveKey())
        .authTimeout(authTimeout).maxConnections(maxConnections).slowConsumerBytes(slowConsumerBytes)
        .malformedRate(malformedRate).restErrorRate(restErrorRate).sentLog(false);
    if (dropEvery != null) {
      b.dropEvery(dropEvery);
    }
    if (replay != null) {
      b.replay(replay);
    } else if (scenario.equals("firehose")) {
      b.firehose(firehoseEvents);
    } else {
      ScenarioSpec spec = ScenarioSpec.named(scenario, seed);
      if (tickers != null) {
        spec = spec.withTickers(tickers);
      }
      if (date != null) {
        spec = spec.withDate(date);
      }
      if (start != null || end != null) {
        spec = spec.withTimes(start != null ? start : spec.start(), end != null ? end : spec.end());
      }
      b.scenario(spec);
    }
    try (PolygonSimulator sim = b.start()) {
      if (flatFilesDir != null) {
        sim.writeFlatFiles(flatFilesDir).forEach(p -> out.println("flat file: " + p));
        if (!serve) {
          return 0;
        }
      }
      out.println("ws:   " + sim.wsUrl());
      out.println("rest: " + sim.restUrl());
      sim.script().forEach(h -> out.println("script: " + h));
      out.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }

  private String resolveKey() {
    if (apiKey != null) {
      return apiKey;
    }
    String env = System.getenv("POLYGON_API_KEY");
    return env != null && !env.isBlank() ? env : SimulatorBuilder.DEFAULT_TEST_KEY;
  }
}
