package io.tapeflow.jobs.semantics;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Settings of {@link MarketSemantics}: market rules (LULD tiers, doubling), detector windows, lateness and the
 * ticker-progress lag. Public fields with the documented defaults; {@link #validate()} fails fast with one line.
 */
public class SemanticsOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * Per-ticker disorder tolerated before a ticker's events are released by its own progress, ms (default 2000).
     * Negative = release on the watermark only (strictly time-ordered inputs). See {@link EventSequencer}.
     */
    public long keyLagMs = 2_000L;
    /**
     * Whether watermarks (before the end of input) move tickers' clocks (default true, for time-ordered input such
     * as the live feed). Set false for ticker-sorted input (flat files sorted by ticker), where the watermark runs
     * ahead of the ticker being read; tickers then advance by their own events and the end of input flushes.
     */
    public boolean advanceOnWatermark = true;
    /**
     * Set by the backfill when it runs in BATCH execution, never otherwise (default false): the sequencers then keep
     * the one ticker being processed in plain fields instead of keyed state (see {@link EventSequencer}). Only valid
     * where BATCH guarantees it: each ticker's records together, then its timers, and no checkpoints.
     */
    public boolean batchSequencing = false;
    /** How far behind a ticker's released clock a trade may still revise its bar, ms (default 60,000). */
    public long allowedLatenessMs = 60_000L;
    /**
     * How far behind a ticker's released clock a REST minute aggregate (gap repair, fetched after the reconnect) may
     * still revise its bar, ms (default 3,600,000): a repair is late by nature, by the gap plus the fetch.
     */
    public long repairLatenessMs = 3_600_000L;

    /** Tier 1 tickers (S&P 500, Russell 1000, some ETPs); every other ticker is Tier 2. */
    public String[] tier1Tickers = new String[0];
    /** false (default): closing doubling 15:35-16:00 only for Tier 2 at $3.00 or less; true: for every stock. */
    public boolean closingDoublingAll = false;

    /** A limit state not ended within this becomes an inferred pause, ms (default 15,000). */
    public long limitStatePauseMs = 15_000L;
    /** Window after an inferred pause's start in which inside-band trades retract it, ms (default 60,000). */
    public long retractWindowMs = 60_000L;
    /** Regular inside-band trades within the retract window that retract an inferred pause (default 2). */
    public int retractMinTrades = 2;
    /**
     * Regular-hours, last-sale-eligible trades (auction prints excluded) at least one cent beyond today's published
     * LULD bands after which those bands are taken as stale and computed ones are used until the next LULD band
     * message (default 2: one stray print does not discard the feed's bands). See HaltMachine.
     */
    public int staleBandMinTrades = 2;
    /** Strength/weakness confirmation window after the reopening trade, ms (default 300,000). */
    public long confirmWindowMs = 300_000L;
    /** Strength/weakness threshold in basis points of the reopen price (default 100 = 1%). */
    public long confirmThresholdBp = 100L;
    /** News published this long before a halt's start joins it, ms (default 3,600,000). */
    public long newsBeforeMs = 3_600_000L;
    /** News published this long after a halt's start joins it, ms (default 300,000). */
    public long newsAfterMs = 300_000L;

    /** Trading days of history the rvol baseline averages over (default 20). */
    public int rvolDays = 20;

    private transient Set<String> tier1;

    public SemanticsOptions() {}

    public boolean isTier1(String ticker) {
        if (tier1 == null) tier1 = new HashSet<>(Arrays.asList(tier1Tickers));
        return tier1.contains(ticker);
    }

    /** Checks the settings; throws IllegalArgumentException with one clear line. */
    public SemanticsOptions validate() {
        require(allowedLatenessMs >= 0, "semantics.allowed-lateness must be >= 0, was " + allowedLatenessMs);
        require(repairLatenessMs >= 0, "semantics.repair-lateness must be >= 0, was " + repairLatenessMs);
        require(limitStatePauseMs > 0, "semantics.limit-state-pause must be > 0, was " + limitStatePauseMs);
        require(retractWindowMs >= 0, "semantics.retract-window must be >= 0, was " + retractWindowMs);
        require(retractMinTrades >= 1, "semantics.retract-min-trades must be >= 1, was " + retractMinTrades);
        require(staleBandMinTrades >= 1, "semantics.stale-band-min-trades must be >= 1, was " + staleBandMinTrades);
        require(confirmWindowMs > 0, "semantics.confirm-window must be > 0, was " + confirmWindowMs);
        require(confirmThresholdBp > 0, "semantics.confirm-threshold must be > 0 bp, was " + confirmThresholdBp);
        require(newsBeforeMs >= 0 && newsAfterMs >= 0, "semantics.news window bounds must be >= 0");
        require(rvolDays >= 1, "semantics.rvol-days must be >= 1, was " + rvolDays);
        require(keyLagMs >= 0 || advanceOnWatermark,
                "semantics.key-lag < 0 (watermark only) needs semantics.advance-on-watermark=true");
        require(tier1Tickers != null, "semantics.tier1-tickers must not be null");
        return this;
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
