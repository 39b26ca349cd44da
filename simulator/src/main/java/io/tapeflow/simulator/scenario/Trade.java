package io.tapeflow.simulator.scenario;

/**
 * A generated trade, in the units of the flat files (prices in cents, times in ns); the WebSocket encoder
 * derives the ms fields from it.
 *
 * @param conditions trade condition ids; empty means a regular sale (the WS {@code c} field is then absent)
 * @param trfId TRF id, 0 when not TRF-reported (exchange 4 trades carry one)
 */
public record Trade(String ticker, int exchange, String id, int tape, long priceCents, long size,
    int[] conditions, long sipNs, long participantNs, long seq, int trfId, long trfNs) {}
