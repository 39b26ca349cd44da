package io.tapeflow.simulator.scenario;

/**
 * A generated NBBO quote; sizes in round lots as on the WebSocket, prices in cents, times in ns.
 *
 * @param condition the single quote condition (0 regular, 43 LULD pause, 16 resume, 21/27 news...)
 * @param indicators quote indicators (may be empty)
 */
public record Quote(String ticker, int bidExchange, long bidCents, long bidLots, int askExchange, long askCents,
    long askLots, int condition, int[] indicators, long sipNs, long participantNs, long seq, int tape) {}
