package io.tapeflow.simulator.bench;

import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import java.time.Duration;
import java.time.LocalTime;

/** Measures a generated market at speed 0 to one raw client subscribed to everything (generator + fan-out). */
public final class ScenarioBenchmark {
  private ScenarioBenchmark() {}

  public static void main(String[] args) throws Exception {
    int tickers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    for (int round = 1; round <= 3; round++) {
      ScenarioSpec spec = ScenarioSpec.basic(tickers, round).withTimes(LocalTime.of(9, 30), LocalTime.of(9, 45));
      try (PolygonSimulator sim = PolygonSimulator.builder().apiKeys("k").speed(0).sentLog(false).scenario(spec)
          .start();
          RawWsClient client = new RawWsClient(sim.port())) {
        long[] len = new long[1];
        client.readFrame(false, len);
        client.sendText("{\"action\":\"auth\",\"params\":\"k\"}");
        client.readFrame(false, len);
        client.sendText("{\"action\":\"subscribe\",\"params\":\"T.*,Q.*,A.*,AM.*,LULD.*\"}");
        for (int i = 0; i < 5; i++) {
          client.readFrame(false, len);
        }
        long start = System.nanoTime();
        Thread reader = new Thread(() -> {
          try {
            while (true) {
              client.readFrame(false, len);
            }
          } catch (Exception e) {
            // closed
          }
        });
        reader.setDaemon(true);
        reader.start();
        sim.awaitFeedEnd(Duration.ofMinutes(5));
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d: %,d tickers, %,d events in %.2f s = %,.0f events/s%n", round, tickers,
            sim.eventsSent(), secs, sim.eventsSent() / secs);
      }
    }
  }
}
