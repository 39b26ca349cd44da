package io.tapeflow.jobs.operators.luld;

import io.tapeflow.jobs.time.TradingCalendar;
import java.time.LocalTime;

/**
 * LULD band arithmetic (HALTS.md section 1) in exact integer units: reference prices in 1/10,000 dollar
 * ({@code E4}), bands in cents, percentages in basis points; bands round half up to the cent.
 */
public final class LuldBands {
    private static final long OPEN_DOUBLING_END = LocalTime.of(9, 45).toNanoOfDay() / 1_000_000L;
    private static final long CLOSE_DOUBLING_START = LocalTime.of(15, 35).toNanoOfDay() / 1_000_000L;
    private static final long OPEN = TradingCalendar.REGULAR_OPEN.toNanoOfDay() / 1_000_000L;
    private static final long CLOSE = TradingCalendar.REGULAR_CLOSE.toNanoOfDay() / 1_000_000L;
    private static final long THREE_DOLLARS_E4 = 30_000L;
    private static final long SEVENTY_FIVE_CENTS_E4 = 7_500L;
    private static final long FIFTEEN_CENTS_E4 = 1_500L;

    private LuldBands() {}

    /** Band percentage in basis points for a reference above $0.75; low-priced stocks use {@link #bands} directly. */
    public static long percentBp(long refE4, boolean tier1, boolean doubled) {
        long bp = refE4 > THREE_DOLLARS_E4 ? (tier1 ? 500 : 1000) : 2000;
        return doubled ? bp * 2 : bp;
    }

    /**
     * True when the percentages double at this Eastern wall-clock time: 09:30-09:45 for all, 15:35-16:00 for Tier 2
     * at $3.00 or less (or for every stock when {@code closingDoublingAll}, the pre-amendment rule).
     */
    public static boolean doubled(long wallClockMsOfDay, long refE4, boolean tier1, boolean closingDoublingAll) {
        if (wallClockMsOfDay >= OPEN && wallClockMsOfDay < OPEN_DOUBLING_END) return true;
        if (wallClockMsOfDay >= CLOSE_DOUBLING_START && wallClockMsOfDay < CLOSE) {
            return closingDoublingAll || (!tier1 && refE4 <= THREE_DOLLARS_E4);
        }
        return false;
    }

    /** {upperCents, lowerCents} for a reference price, tier and doubling; the lower band never goes below 0. */
    public static long[] bands(long refE4, boolean tier1, boolean doubled) {
        // offsets in E8 = E4 * 10,000 so percentages stay exact before the single half-up rounding
        long refE8 = refE4 * 10_000L;
        long offE8;
        if (refE4 < SEVENTY_FIVE_CENTS_E4) {
            long pctBp = doubled ? 15_000 : 7_500;
            long capE8 = (doubled ? 2 * FIFTEEN_CENTS_E4 : FIFTEEN_CENTS_E4) * 10_000L;
            offE8 = Math.min(capE8, refE4 * pctBp);
        } else {
            offE8 = refE4 * percentBp(refE4, tier1, doubled);
        }
        long upper = roundHalfUpE8ToCents(refE8 + offE8);
        long lower = roundHalfUpE8ToCents(Math.max(0, refE8 - offE8));
        return new long[] {upper, lower};
    }

    /** {upperCents, lowerCents} in effect at an instant (doubling windows applied); {0, 0} outside 09:30-16:00. */
    public static long[] bandsAt(long epochMs, long refE4, boolean tier1, boolean closingDoublingAll) {
        if (refE4 <= 0 || !TradingCalendar.isRegularHours(epochMs)) return new long[] {0, 0};
        long wall = TradingCalendar.wallClockMsOfDay(epochMs);
        return bands(refE4, tier1, doubled(wall, refE4, tier1, closingDoublingAll));
    }

    static long roundHalfUpE8ToCents(long e8) {
        return (e8 + 500_000L) / 1_000_000L;
    }

    /** A price in dollars to E4 units, rounded half up (prices carry at most 4 decimals on the SIP). */
    public static long toE4(double price) {
        return Math.round(price * 10_000d);
    }

    /** A price in dollars to cents, rounded half up: the unit every band comparison uses. */
    public static long toCents(double price) {
        return Math.round(price * 100d);
    }

    /** True when a move from {@code fromE4} to {@code toE4} is 1% or more of {@code fromE4}. */
    public static boolean movedOnePercent(long fromE4, long toE4) {
        return Math.abs(toE4 - fromE4) * 100 >= fromE4;
    }
}
