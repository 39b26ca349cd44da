package io.tapeflow.jobs.operators.halt;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.luld.BandState;

/**
 * Per-ticker state of the halt detector: the NORMAL / LIMIT_STATE / HALTED machine, its pending deadlines (epoch ns,
 * {@code Long.MAX_VALUE} = none), the bands in effect, today's halt records and the recent news. A Flink POJO.
 */
public class HaltState {
    public static final int NORMAL = 0;
    public static final int LIMIT_STATE = 1;
    public static final int HALTED = 2;
    public static final long NONE = Long.MAX_VALUE;

    public String ticker;
    /** Eastern date of this state; a new date starts fresh (an open halt stays HALTED). */
    public String day;
    public int phase = NORMAL;
    /** {@code UP} or {@code DOWN} while in a limit state. */
    public String limitDirection;
    public long limitSinceNs;
    /** When the last limit state ended, and its direction (typing a LULD 17 that follows it). */
    public long limitEndedNs = Long.MIN_VALUE;
    public String limitEndedDirection;
    public long pauseDeadlineNs = NONE;

    /** Index in {@link #halts} of the HALTED record, -1 when none. */
    public int openIndex = -1;
    public long retractDeadlineNs = NONE;
    public int insideTrades;
    /** Index of a RESUMED record waiting for its reopening trade (resumed by a signal), -1 when none. */
    public int awaitingReopenIndex = -1;
    /** Index of the record whose strength/weakness window is open, -1 when none. */
    public int confirmIndex = -1;
    public long confirmDeadlineNs = NONE;
    public long confirmRefE4;
    /** Halts of today counted in {@code halt_index_today} (retracted ones excluded). */
    public int countToday;
    /** Today's halt records, latest revision of each. */
    public Halt[] halts = new Halt[0];

    /** Last price of a trade that may set the last price, 0 = none. */
    public double lastPrice;
    public long bidE4;
    public long askE4;

    /** Bands from LULD messages, cents, valid when {@link #luldDay} equals {@link #day}. */
    public String luldDay;
    public long luldUpperCents;
    public long luldLowerCents;
    /**
     * True once regular trades printed beyond the published bands above (they cannot under LULD, so the publications
     * that moved them were missed, e.g. in a feed gap): computed bands are used until the next LULD band message.
     */
    public boolean luldStale;
    /** Regular trades at least one cent beyond the published bands since they were published. */
    public int luldBeyondTrades;
    /** Bands computed from trades (used when the feed has no LULD messages today). */
    public BandState computed = new BandState();

    /** Recent news of this ticker (ids and publication times, epoch ms), for halts that start later. */
    public String[] newsIds = new String[0];
    public long[] newsPublishedMs = new long[0];

    public HaltState() {}

    /** The earliest pending deadline. */
    public long nextDeadlineNs() {
        return Math.min(pauseDeadlineNs, Math.min(retractDeadlineNs, confirmDeadlineNs));
    }
}
