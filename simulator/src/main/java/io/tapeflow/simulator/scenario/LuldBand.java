package io.tapeflow.simulator.scenario;

/** A LULD message: bands in cents, indicators, and the timestamp in ns as the current servers send it. */
public record LuldBand(String ticker, long upperCents, long lowerCents, int[] indicators, int tape, long ns,
    long seq) {}
