package io.tapeflow.jobs.operators.halt;

import static io.tapeflow.jobs.operators.halt.HaltState.LIMIT_STATE;
import static io.tapeflow.jobs.operators.halt.HaltState.NONE;
import static io.tapeflow.jobs.operators.halt.HaltState.NORMAL;

import io.tapeflow.jobs.operators.luld.LuldBands;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.time.TradingCalendar;

/**
 * The LULD limit state of HALTS.md section 2 for {@link HaltMachine}: entered when the NBBO reaches a band in effect
 * during regular hours, ended when it leaves it, when the band moves away, or when a regular trade prints through it.
 */
final class LimitStates {
    private static final long MS = 1_000_000L;

    private final SemanticsOptions opts;
    private final BandsInEffect inEffect;

    LimitStates(SemanticsOptions opts, BandsInEffect inEffect) {
        this.opts = opts;
        this.inEffect = inEffect;
    }

    /** Enters, keeps, switches or ends the limit state from the last NBBO and the bands in effect now. */
    void fromNbbo(HaltState s, long ts) {
        long[] b = inEffect.at(s, ts);
        String at = null;
        if (b[0] > 0 && s.bidE4 > 0 && s.bidE4 >= b[0] * 100) at = "UP";
        else if (b[1] > 0 && s.askE4 > 0 && s.askE4 <= b[1] * 100) at = "DOWN";
        if (s.phase == LIMIT_STATE && !s.limitDirection.equals(at)) exit(s, ts);
        if (at != null) enter(s, at, ts);
    }

    /**
     * What a regular-hours regular trade says about the bands: enough prints beyond the published ones make them
     * stale (the limit state is then re-judged on computed bands), and a print through the band of the current limit
     * state ends it, since no trade prints through the band in effect: that band is not the one in effect.
     */
    void onRegularTrade(HaltState s, double price, long ts) {
        long p = LuldBands.toE4(price);
        if (inEffect.onRegularTrade(s, p)) fromNbbo(s, ts);
        if (s.phase != LIMIT_STATE) return;
        long[] b = inEffect.at(s, ts);
        if (BandsInEffect.crosses(p, b[0], b[1], s.limitDirection)) exit(s, ts);
    }

    void enter(HaltState s, String dir, long ts) {
        if (s.phase != NORMAL || !TradingCalendar.isRegularHours(Math.floorDiv(ts, MS))) return;
        s.phase = LIMIT_STATE;
        s.limitDirection = dir;
        s.limitSinceNs = ts;
        s.pauseDeadlineNs = ts + opts.limitStatePauseMs * MS;
    }

    void exit(HaltState s, long ts) {
        s.phase = NORMAL;
        s.pauseDeadlineNs = NONE;
        s.limitEndedNs = ts;
        s.limitEndedDirection = s.limitDirection;
        s.limitDirection = null;
    }
}
