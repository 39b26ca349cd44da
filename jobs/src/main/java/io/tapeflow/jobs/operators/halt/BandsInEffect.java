package io.tapeflow.jobs.operators.halt;

import static io.tapeflow.jobs.operators.halt.HaltState.LIMIT_STATE;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.luld.BandTracker;
import io.tapeflow.jobs.operators.luld.LuldBands;

/**
 * The bands a ticker's halt machine compares with (published LULD bands of the day, else computed ones) and the
 * questions it asks of them: is the last price at a band, was a limit state recent, is a print inside the bands.
 * Prices are compared in exact integer units (E4 against cents x 100), never as raw doubles.
 */
final class BandsInEffect {
    private static final long MS = 1_000_000L;

    private final BandTracker computed;
    private final long limitStatePauseNs;

    BandsInEffect(BandTracker computed, long limitStatePauseMs) {
        this.computed = computed;
        this.limitStatePauseNs = limitStatePauseMs * MS;
    }

    /** {upperCents, lowerCents}: published LULD bands of today when the feed has them, else computed ones. */
    long[] at(HaltState s, long ts) {
        if (s.day != null && s.day.equals(s.luldDay) && s.luldUpperCents > 0) {
            return new long[] {s.luldUpperCents, s.luldLowerCents};
        }
        return computed.bandsAt(s.computed, Math.floorDiv(ts, MS));
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

    /** True when a print is within the bands the halt started with (or when it started without bands). */
    static boolean inside(Halt h, double price) {
        if (h.bandUpper == null || h.bandLower == null) return true;
        long p = LuldBands.toE4(price);
        return p >= LuldBands.toE4(h.bandLower) && p <= LuldBands.toE4(h.bandUpper);
    }
}
