package io.tapeflow.simulator.scenario;

/**
 * A per-second (A) or per-minute (AM) aggregate built from the generated trades by the consolidated rules.
 *
 * @param startMs window start, epoch ms
 * @param endMs window end, epoch ms
 * @param dayVolume accumulated volume of the day ({@code av})
 * @param openCents official opening price of the day ({@code op}), 0 before the open
 * @param dayVwap the day's VWAP ({@code a})
 * @param avgSize average trade size in the window ({@code z})
 * @param trades number of volume-eligible trades in the window
 */
public record Bar(String ticker, boolean minute, long startMs, long endMs, long volume, long dayVolume,
    long openCents, double vwap, long o, long h, long l, long c, double dayVwap, long avgSize, int trades) {}
