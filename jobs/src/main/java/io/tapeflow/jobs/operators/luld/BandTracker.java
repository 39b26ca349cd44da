package io.tapeflow.jobs.operators.luld;

import io.tapeflow.jobs.operators.bars.ConditionRules;
import io.tapeflow.jobs.time.TradingCalendar;
import java.util.Arrays;

/**
 * Computes LULD bands from trades when the feed carries no LULD messages (HALTS.md section 1): opening print, else
 * previous close, as first reference; the mean of eligible trades over the preceding five minutes re-evaluated on
 * every :00/:30 (rounded half up to the cent) and published only on a 1% move; reset by a reopening print.
 *
 * <p>Bands are derived from the reference at the instant asked, so the 09:45 and 15:35 doubling switches take effect
 * on time even when the reference does not move. All arithmetic is in integers ({@link LuldBands}).
 */
public final class BandTracker {
    private static final long WINDOW_MS = 5 * 60_000L;
    private static final long STEP_MS = 30_000L;

    private final boolean tier1;
    private final boolean closingDoublingAll;

    public BandTracker(boolean tier1, boolean closingDoublingAll) {
        this.tier1 = tier1;
        this.closingDoublingAll = closingDoublingAll;
    }

    /** Starts a new Eastern day if {@code epochMs} is on a later one, carrying the close over. */
    public void rollDay(BandState s, long epochMs) {
        String day = TradingCalendar.tradingDay(epochMs);
        if (day.equals(s.day)) return;
        if (s.lastRegularE4 > 0) s.prevCloseE4 = s.lastRegularE4;
        s.day = day;
        s.refE4 = 0;
        s.opened = false;
        s.lastRegularE4 = 0;
        s.lastBoundaryMs = TradingCalendar.dayStartMs(epochMs);
        s.bucketSec = new long[0];
        s.bucketSumE4 = new long[0];
        s.bucketCount = new int[0];
    }

    /** Processes every :00/:30 recalculation boundary up to and including {@code epochMs}. */
    public void advanceTo(BandState s, long epochMs) {
        rollDay(s, epochMs);
        long b = (Math.floorDiv(s.lastBoundaryMs, STEP_MS) + 1) * STEP_MS;
        for (; b <= epochMs; b += STEP_MS) {
            if (!TradingCalendar.isRegularHours(b)) continue;
            if (!s.opened) {
                // 09:30 came without an opening print: the previous close is the reference until one prints
                if (s.refE4 == 0 && s.prevCloseE4 > 0) s.refE4 = s.prevCloseE4;
            }
            long[] sc = sumSince(s, b - WINDOW_MS, b);
            if (sc[1] > 0) {
                // the mean, rounded half up to the cent like every published price, is the candidate reference
                long mean = (sc[0] * 2 + sc[1] * 100) / (sc[1] * 200) * 100;
                if (s.refE4 == 0 || LuldBands.movedOnePercent(s.refE4, mean)) s.refE4 = mean;
            }
            prune(s, b - WINDOW_MS);
        }
        if (b - STEP_MS > s.lastBoundaryMs) s.lastBoundaryMs = b - STEP_MS;
    }

    /** Feeds one trade (after {@link #advanceTo} for its time). */
    public void onTrade(BandState s, long epochMs, double price, int[] conditions) {
        advanceTo(s, epochMs);
        if (!TradingCalendar.isRegularHours(epochMs) || !ConditionRules.setsLast(conditions)) return;
        long e4 = LuldBands.toE4(price);
        s.lastRegularE4 = e4;
        boolean opening = !s.opened && (has(conditions, 25) || has(conditions, 17));
        if (opening || has(conditions, 28) || has(conditions, 18)) {
            // the (re)opening print is the reference; trades before it no longer average into the next one
            s.refE4 = e4;
            s.opened = true;
            s.bucketSec = new long[0];
            s.bucketSumE4 = new long[0];
            s.bucketCount = new int[0];
        }
        add(s, Math.floorDiv(epochMs, 1000L), e4);
    }

    /** {upperCents, lowerCents} in effect at {@code epochMs}, {0, 0} when none. */
    public long[] bandsAt(BandState s, long epochMs) {
        advanceTo(s, epochMs);
        return LuldBands.bandsAt(epochMs, s.refE4, tier1, closingDoublingAll);
    }

    private static boolean has(int[] cs, int c) {
        if (cs == null) return false;
        for (int x : cs) if (x == c) return true;
        return false;
    }

    private static long[] sumSince(BandState s, long fromMs, long toMs) {
        long sum = 0, n = 0;
        for (int i = 0; i < s.bucketSec.length; i++) {
            long ms = s.bucketSec[i] * 1000L;
            if (ms >= fromMs && ms < toMs) {
                sum += s.bucketSumE4[i];
                n += s.bucketCount[i];
            }
        }
        return new long[] {sum, n};
    }

    /** Adds a print to its second's bucket, keeping buckets sorted by second whatever order prints come in. */
    private static void add(BandState s, long sec, long e4) {
        int n = s.bucketSec.length;
        int i = Arrays.binarySearch(s.bucketSec, sec);
        if (i >= 0) {
            s.bucketSumE4[i] += e4;
            s.bucketCount[i]++;
            return;
        }
        int p = -i - 1;
        long[] secs = new long[n + 1];
        long[] sums = new long[n + 1];
        int[] counts = new int[n + 1];
        System.arraycopy(s.bucketSec, 0, secs, 0, p);
        System.arraycopy(s.bucketSumE4, 0, sums, 0, p);
        System.arraycopy(s.bucketCount, 0, counts, 0, p);
        secs[p] = sec;
        sums[p] = e4;
        counts[p] = 1;
        System.arraycopy(s.bucketSec, p, secs, p + 1, n - p);
        System.arraycopy(s.bucketSumE4, p, sums, p + 1, n - p);
        System.arraycopy(s.bucketCount, p, counts, p + 1, n - p);
        s.bucketSec = secs;
        s.bucketSumE4 = sums;
        s.bucketCount = counts;
    }

    private static void prune(BandState s, long fromMs) {
        int k = 0;
        while (k < s.bucketSec.length && s.bucketSec[k] * 1000L < fromMs) k++;
        if (k == 0) return;
        s.bucketSec = Arrays.copyOfRange(s.bucketSec, k, s.bucketSec.length);
        s.bucketSumE4 = Arrays.copyOfRange(s.bucketSumE4, k, s.bucketSumE4.length);
        s.bucketCount = Arrays.copyOfRange(s.bucketCount, k, s.bucketCount.length);
    }
}
