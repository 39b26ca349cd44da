package io.tapeflow.jobs.operators.halt;

import io.tapeflow.sources.model.Quote;

/**
 * The halt-related code tables of PROTOCOL.md section 3, each looked up in its own table (the same number means
 * different things in trade conditions, quote conditions and LULD indicators).
 */
public final class HaltSignals {
    public static final String LULD_PAUSE = "LULD_PAUSE";
    public static final String NEWS = "NEWS";
    public static final String MWCB = "MWCB";
    public static final String REGULATORY = "REGULATORY";
    public static final String OTHER = "OTHER";

    /** Limit-state sides as a bit mask. */
    public static final int UP = 1;
    public static final int DOWN = 2;

    private HaltSignals() {}

    // ---- LULD indicators (section 3.1) ----

    public static boolean luldHalt(int[] i) {
        return has(i, 17);
    }

    public static boolean luldResume(int[] i) {
        return has(i, 18);
    }

    /** Sides entering (or sitting in) a limit state: 5, 7, 23, 29 bid at upper; 6, 8, 25, 30 offer at lower; 27 both. */
    public static int luldLimitEntered(int[] i) {
        int m = 0;
        if (has(i, 5) || has(i, 7) || has(i, 23) || has(i, 27) || has(i, 29)) m |= UP;
        if (has(i, 6) || has(i, 8) || has(i, 25) || has(i, 27) || has(i, 30)) m |= DOWN;
        return m;
    }

    /**
     * Sides leaving a limit state: 24 bid, 26 offer, 28 both, 29 offer, 30 bid; and the NBBO states 1-4 (neither side
     * at a band) end both, so a feed carrying LULD but no quotes cannot leave a limit state open forever.
     */
    public static int luldLimitExited(int[] i) {
        int m = 0;
        if (has(i, 1) || has(i, 2) || has(i, 3) || has(i, 4)) m |= UP | DOWN;
        if (has(i, 24) || has(i, 28) || has(i, 30)) m |= UP;
        if (has(i, 26) || has(i, 28) || has(i, 29)) m |= DOWN;
        return m;
    }

    // ---- quotes: conditions (section 3.2) and indicators (sections 3.3/3.4) ----

    /** The halt type a quote announces, or null. */
    public static String quoteHaltType(Quote q) {
        for (int c : q.conditions) {
            if (c == 43) return LULD_PAUSE;
            if (c == 21 || (c >= 24 && c <= 29)) return NEWS;
            if (c >= 36 && c <= 38) return MWCB;
            if (c == 22 || c == 23 || (c >= 30 && c <= 33)) return OTHER;
        }
        for (int i : q.indicators) {
            if (i == 117 || i == 153 || i == 165 || i == 166 || i == 186) return LULD_PAUSE;
            if (i == 151) return NEWS;
            if (i == 154 || (i >= 156 && i <= 160)) return REGULATORY;
            if (i >= 181 && i <= 183) return MWCB;
            if (i == 102) return OTHER;
        }
        return null;
    }

    /** True when a quote announces a resumption: condition 16, or indicators 103, 115, 116. */
    public static boolean quoteResumes(Quote q) {
        return has(q.conditions, 16) || has(q.indicators, 103) || has(q.indicators, 115) || has(q.indicators, 116);
    }

    // ---- trade conditions (section 3.5) ----

    /** Re-Opening Prints (28) or Market Center Reopening Trade (18). */
    public static boolean reopeningPrint(int[] conditions) {
        return has(conditions, 28) || has(conditions, 18);
    }

    /**
     * Trade conditions of last-sale-eligible prints that may legitimately lie outside the bands in effect, so they
     * prove nothing about the bands: auctions (opening 25/17, reopening 28/18/55, closing 8/19), crosses (9), block
     * and special trades (1, 11, 23, 24, 35), bunched or late-but-in-sequence reports (4, 30), corrected close (38).
     */
    private static final int[] MAY_PRINT_OUTSIDE_BANDS = {1, 4, 8, 9, 11, 17, 18, 19, 23, 24, 25, 28, 30, 35, 38, 55};

    /** True for a print that may lie outside the LULD bands in effect (see {@link #MAY_PRINT_OUTSIDE_BANDS}). */
    public static boolean mayPrintOutsideBands(int[] conditions) {
        for (int c : MAY_PRINT_OUTSIDE_BANDS) if (has(conditions, c)) return true;
        return false;
    }

    /** Rank for refining an observed halt's type: a specific type replaces {@code OTHER}. */
    static boolean moreSpecific(String candidate, String current) {
        return OTHER.equals(current) && candidate != null && !OTHER.equals(candidate);
    }

    static boolean has(int[] a, int v) {
        if (a == null) return false;
        for (int x : a) if (x == v) return true;
        return false;
    }
}
