package io.tapeflow.simulator.faults;

import java.time.Duration;

/**
 * The faults a simulator run injects on its own: periodic drops, a connection limit, the slow-consumer
 * bound, the auth timeout and the rate of malformed frames. On-demand faults are methods of the simulator.
 *
 * @param authTimeout how long a client may stay unauthenticated before {@code auth_timeout}
 * @param dropEvery drop every connection this often; null = never
 * @param maxConnections connections beyond this get {@code max_connections}; 0 = unlimited
 * @param slowConsumerBytes bytes queued for one connection that make it a slow consumer; 0 = never
 * @param malformedRate probability that a bad frame (malformed JSON, unknown ev, wrong types) is injected
 *     after a data frame; 0 = never
 */
public record FaultPlan(Duration authTimeout, Duration dropEvery, int maxConnections, long slowConsumerBytes,
    double malformedRate) {

  public static FaultPlan none() {
    return new FaultPlan(Duration.ofSeconds(10), null, 0, 0, 0);
  }

  public FaultPlan withAuthTimeout(Duration d) {
    return new FaultPlan(d, dropEvery, maxConnections, slowConsumerBytes, malformedRate);
  }

  public FaultPlan withDropEvery(Duration d) {
    return new FaultPlan(authTimeout, d, maxConnections, slowConsumerBytes, malformedRate);
  }

  public FaultPlan withMaxConnections(int n) {
    return new FaultPlan(authTimeout, dropEvery, n, slowConsumerBytes, malformedRate);
  }

  public FaultPlan withSlowConsumerBytes(long bytes) {
    return new FaultPlan(authTimeout, dropEvery, maxConnections, bytes, malformedRate);
  }

  public FaultPlan withMalformedRate(double rate) {
    return new FaultPlan(authTimeout, dropEvery, maxConnections, slowConsumerBytes, rate);
  }
}
