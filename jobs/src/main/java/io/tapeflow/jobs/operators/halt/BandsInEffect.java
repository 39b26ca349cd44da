package io.tapeflow.jobs.operators.halt;

import static io.tapeflow.jobs.operators.halt.HaltState.LIMIT_STATE;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.luld.BandTracker;
import io.tapeflow.jobs.operators.luld.LuldBands;

/**
 * The bands a ticker's halt machine compares with (published LULD bands of the day unless trades proved them stale,
 * else computed ones) and the questions it asks of them: is the last price at a band, was a limit state recent, is a
 * print inside or beyond the bands. Prices are compared in exact integer units (E4 against cents x 100), never as
 * raw doubles; "beyond" means at least one full cent outside, so sub-penny prints never count.
 */
final class BandsInEffect {
    private static final long MS = 1_000_000L;

    private final BandTracker computed;
    private final long limitStatePauseNs;
    private final int staleMinTrades;

    BandsInEffect(BandTracker computed, long limitStatePauseMs, int staleMinTrades) {
        this.computed = computed;
        this.limitStatePauseNs = limitStatePauseMs * MS;
        this.staleMinTrades = staleMinTrades;
    }

    /** {upperCents, lowerCents}: today's published LULD bands unless stale, else computed ones. */
    long[] at(HaltState s, long ts) {
        if (published(s) && !s.luldStale) return new long[] {s.luldUpperCents, s.luldLowerCents};
        return computed.bandsAt(s.computed, Math.floorDiv(ts, MS));
    }

    /** New bands from a LULD message: they are in effect again, whatever trades said about the previous ones. */
    static void publish(HaltState s, long upperCents, long lowerCents) {
        s.luldDay = s.day;
        s.luldUpperCents = upperCents;
        s.luldLowerCents = lowerCents;
        s.luldStale = false;
        s.luldBeyondTrades = 0;
    }

    /**
     * Feeds a regular-hours regular trade (not an auction print, which LULD exempts): under LULD no such trade prints
     * beyond the bands in effect, so {@code staleMinTrades} of them beyond the published bands mean the publications
     * that moved the bands were missed. Returns true when the published bands just became stale.
     */
    boolean onRegularTrade(HaltState s, long priceE4) {
        if (!published(s) || s.luldStale || !beyond(priceE4, s.luldUpperCents, s.luldLowerCents)) return false;
        if (++s.luldBeyondTrades < staleMinTrades) return false;
        s.luldStale = true;
        return true;
    }

    private static boolean published(HaltState s) {
        return s.day != null && s.day.equals(s.luldDay) && s.luldUpperCents > 0;
    }

    /** The halt type of a LULD 17: a pause if a limit state is active or ended within 15 s, or price is at a band. */
    String luldHaltType(HaltState s, long ts) {
        return s.phase == LIMIT_STATE || recentLimit(s, ts) || !"NONE".equals(priceAtBand(s, ts))
                ? HaltSignals.LULD_PAUSE : HaltSignals.OTHER;
    }

    /** Direction of an observed LULD pause: the limit state's, else the band the last price sits at. */
    String pauseDirection(HaltState s, long ts) {
        if (s.phase == LIMIT_STATE) return s.limitDirection;
        String atBand = priceAtBand(s, ts);
        if (!"NONE".equals(atBand)) return atBand;
        return recentLimit(s, ts) ? s.limitEndedDirection : "NONE";
    }

    private boolean recentLimit(HaltState s, long ts) {
        return s.limitEndedNs != Long.MIN_VALUE && ts - s.limitEndedNs <= limitStatePauseNs;
    }

    private String priceAtBand(HaltState s, long ts) {
        if (s.lastPrice <= 0) return "NONE";
        long[] b = at(s, ts);
        long p = LuldBands.toE4(s.lastPrice);
        if (b[0] > 0 && p >= b[0] * 100) return "UP";
        if (b[1] > 0 && p <= b[1] * 100) return "DOWN";
        return "NONE";
    }

    /** True when a print is at least one cent above the upper band or below the lower band (0 = no such band). */
    static boolean beyond(long priceE4, long upperCents, long lowerCents) {
        return crosses(priceE4, upperCents, lowerCents, "UP") || crosses(priceE4, upperCents, lowerCents, "DOWN");
    }

    /** True when a print is at least one cent through the band of a limit state's direction. */
    static boolean crosses(long priceE4, long upperCents, long lowerCents, String direction) {
        if ("UP".equals(direction)) return upperCents > 0 && priceE4 >= (upperCents + 1) * 100;
        return "DOWN".equals(direction) && lowerCents > 0 && priceE4 <= (lowerCents - 1) * 100;
    }

    /**
     * True when a print contradicts a pause inferred on the halt's bands: inside them (trading goes on), or at least
     * one cent beyond them (the bands it was inferred on were not the ones in effect) unless the print is one that
     * may lie outside the bands anyway ({@code bandFree}).
     */
    static boolean contradicts(Halt h, double price, boolean bandFree) {
        if (inside(h, price)) return true;
        long upper = LuldBands.toCents(h.bandUpper);
        return !bandFree && beyond(LuldBands.toE4(price), upper, LuldBands.toCents(h.bandLower));
    }

    /** True when a print is within the bands the halt started with (or when it started without bands). */
    static boolean inside(Halt h, double price) {
        if (h.bandUpper == null || h.bandLower == null) return true;
        long p = LuldBands.toE4(price);
        return p >= LuldBands.toE4(h.bandLower) && p <= LuldBands.toE4(h.bandUpper);
    }
}
