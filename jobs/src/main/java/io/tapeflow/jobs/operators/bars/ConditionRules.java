package io.tapeflow.jobs.operators.bars;

/**
 * The consolidated update rules of trade conditions (PROTOCOL.md section 3.5): which of high/low, last (open/close)
 * and volume a trade may update, combined over all of its conditions (any "no" wins).
 *
 * <p>The table is the glossary's, with its "default if blank" column applied; footnote {@code No¹} (last only when
 * first of the day, UTP) is taken as "no" and {@code Yes²} as "yes". Conditions without a row do not restrict. For
 * intraday bars the minute-bar exception applies: 12 (Form T) and 13 (extended hours) alone never block OHLC.
 */
public final class ConditionRules {
    public static final int HIGH_LOW = 1;
    public static final int LAST = 2;
    public static final int VOLUME = 4;
    public static final int ALL = HIGH_LOW | LAST | VOLUME;

    private static final int Y = ALL;
    private static final int VOL_ONLY = VOLUME;
    private static final int HL_VOL = HIGH_LOW | VOLUME;
    private static final int NONE = 0;

    /** Update flags by trade condition id; -1 = no row. */
    private static final int[] TABLE = new int[60];

    static {
        java.util.Arrays.fill(TABLE, -1);
        int[][] rows = {
            {0, Y}, {1, Y}, {2, VOL_ONLY}, {3, Y}, {4, Y}, {5, HL_VOL}, {6, Y}, {7, VOL_ONLY}, {8, Y}, {9, Y},
            {10, HL_VOL}, {11, Y}, {12, VOL_ONLY}, {13, VOL_ONLY}, {14, Y}, {15, NONE}, {16, NONE}, {17, Y}, {18, Y},
            {19, Y}, {20, VOL_ONLY}, {21, VOL_ONLY}, {22, HL_VOL}, {23, Y}, {24, Y}, {25, Y}, {26, VOL_ONLY},
            {27, Y}, {28, Y}, {29, HL_VOL}, {30, Y}, {32, VOL_ONLY}, {33, HL_VOL}, {34, Y}, {35, Y}, {36, Y},
            {37, VOL_ONLY}, {38, HIGH_LOW | LAST}, {39, VOL_ONLY}, {40, VOL_ONLY}, {41, Y}, {42, VOL_ONLY},
            {43, VOL_ONLY}, {44, VOL_ONLY}, {45, VOL_ONLY}, {46, VOL_ONLY}, {47, VOL_ONLY}, {48, VOL_ONLY},
            {49, VOL_ONLY}, {50, VOL_ONLY}, {51, VOL_ONLY}, {52, VOL_ONLY}, {53, VOL_ONLY}, {54, VOL_ONLY}, {55, Y},
            {56, VOL_ONLY}, {59, VOL_ONLY},
        };
        for (int[] r : rows) TABLE[r[0]] = r[1];
    }

    private ConditionRules() {}

    /** The flags one condition allows (strict daily table); {@link #ALL} for a condition without a row. */
    public static int of(int condition) {
        if (condition < 0 || condition >= TABLE.length || TABLE[condition] < 0) return ALL;
        return TABLE[condition];
    }

    /** What a trade with these conditions may update in an intraday (1m) bar: the minute-bar exception applies. */
    public static int intraday(int[] conditions) {
        int f = ALL;
        if (conditions == null) return f;
        for (int c : conditions) {
            if (c == 12 || c == 13) continue;
            f &= of(c);
        }
        return f;
    }

    /** What a trade with these conditions may update under the strict (daily) table; also "may set the last price". */
    public static int daily(int[] conditions) {
        int f = ALL;
        if (conditions == null) return f;
        for (int c : conditions) f &= of(c);
        return f;
    }

    /** True for a trade that may set the last price (a "regular" trade for LULD and halts): strict table. */
    public static boolean setsLast(int[] conditions) {
        return (daily(conditions) & LAST) != 0;
    }
}
