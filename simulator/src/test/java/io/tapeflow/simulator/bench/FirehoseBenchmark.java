package io.tapeflow.simulator.bench;

import io.tapeflow.simulator.PolygonSimulator;

/**
 * Measures firehose throughput to one local client: pre-rendered frames of 100 T/Q events at speed 0.
 * Run: {@code java -cp <test classpath> io.tapeflow.simulator.bench.FirehoseBenchmark [events]}.
 */
public final class FirehoseBenchmark {
  private FirehoseBenchmark() {}

  public static void main(String[] args) throws Exception {
    long events = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
    for (int round = 1; round <= 3; round++) {
      try (PolygonSimulator sim = PolygonSimulator.builder().apiKeys("k").speed(0).sentLog(false)
          .firehose(events).start();
          RawWsClient client = new RawWsClient(sim.port())) {
        long[] len = new long[1];
        client.readFrame(false, len); // connected
        client.sendText("{\"action\":\"auth\",\"params\":\"k\"}");
        client.readFrame(false, len); // auth_success
        client.sendText("{\"action\":\"subscribe\",\"params\":\"T.*,Q.*\"}");
        client.readFrame(false, len);
        client.readFrame(false, len);
        long frames = 0;
        long bytes = 0;
        long start = System.nanoTime();
        long expectedFrames = (events + 99) / 100;
        while (frames < expectedFrames) {
          client.readFrame(false, len);
          frames++;
          bytes += len[0];
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d: %,d events (%,d frames, %,d MB) in %.2f s = %,.0f events/s, %.0f MB/s%n",
            round, sim.eventsSent(), frames, bytes >> 20, secs, sim.eventsSent() / secs, (bytes >> 20) / secs);
      }
    }
  }
}
