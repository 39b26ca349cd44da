package io.tapeflow.simulator.scenario;

/**
 * The fixed character of one simulated ticker.
 *
 * @param tape 1 (NYSE-listed), 2 (Arca/American), 3 (Nasdaq-listed)
 * @param tier LULD tier 1 or 2
 * @param startCents previous close, the first reference price
 * @param tradesPerSecond mean trade rate in regular hours
 * @param quotesPerSecond mean quote rate in regular hours
 * @param volatility relative price step per trade (e.g. 0.0004)
 * @param primaryExchange listing exchange id (10 NYSE, 11 Arca, 1 American, 12 Nasdaq)
 */
public record TickerProfile(String ticker, int index, int tape, int tier, long startCents, double tradesPerSecond,
    double quotesPerSecond, double volatility, int primaryExchange) {}
