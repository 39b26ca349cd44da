package io.tapeflow.jobs.operators.luld;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.testing.Market;
import org.junit.jupiter.api.Test;

class BandTrackerTest {
    private final Market m = new Market("XYZ");
    private final BandTracker tier2 = new BandTracker(false, false);

    @Test
    void theOpeningPrintIsTheFirstReference() {
        BandState s = new BandState();
        tier2.onTrade(s, m.ms("09:30:01"), 10.00, new int[] {25});

        // doubled 20% in the opening window, 10% after 09:45 with the same reference
        assertThat(tier2.bandsAt(s, m.ms("09:30:02"))).containsExactly(1200, 800);
        assertThat(tier2.bandsAt(s, m.ms("09:45:00"))).containsExactly(1100, 900);
    }

    @Test
    void thePreviousCloseIsTheReferenceUntilAnOpeningPrint() {
        // Given yesterday closed at $20
        BandState s = new BandState();
        tier2.onTrade(s, m.on(Market.DAY.minusDays(1)).ms("15:59:59"), 20.00, new int[0]);

        // Then today at 09:30:00 the bands come from $20, doubled
        assertThat(tier2.bandsAt(s, m.ms("09:30:00"))).containsExactly(2400, 1600);
        // and an opening print replaces it
        tier2.onTrade(s, m.ms("09:30:05"), 19.00, new int[] {17});
        assertThat(tier2.bandsAt(s, m.ms("09:30:06"))).containsExactly(2280, 1520);
    }

    @Test
    void theReferenceMovesOnlyOnAThirtySecondBoundaryAndOnlyOnAOnePercentMove() {
        BandState s = new BandState();
        tier2.onTrade(s, m.ms("09:30:00"), 10.00, new int[] {25});
        // a 0.5% drift is not published
        for (int i = 0; i < 10; i++) tier2.onTrade(s, m.ms("10:00:0" + i), 10.05, new int[0]);
        assertThat(tier2.bandsAt(s, m.ms("10:00:31"))).containsExactly(1100, 900);
        // 2% higher trades from 10:01:00: still the old bands at 10:01:29, new ones from 10:01:30
        for (int i = 0; i < 10; i++) tier2.onTrade(s, m.ms("10:01:0" + i), 10.20, new int[0]);
        assertThat(tier2.bandsAt(s, m.ms("10:01:29.999"))).containsExactly(1100, 900);
        // mean of [10:00:00, 10:01:30) = (10 x 10.05 + 10 x 10.20) / 20 = 10.125 -> 10.13, a 1.3% move
        assertThat(tier2.bandsAt(s, m.ms("10:01:30"))).containsExactly(1114, 912);
    }

    @Test
    void theMeanIsRoundedToTheCentBeforeTheOnePercentTest() {
        BandState s = new BandState();
        tier2.onTrade(s, m.ms("09:30:00"), 10.00, new int[] {25});
        // mean 10.0950 rounds to 10.10: exactly 1%, published; unrounded 0.95% would not be
        tier2.onTrade(s, m.ms("10:00:01"), 10.09, new int[0]);
        tier2.onTrade(s, m.ms("10:00:02"), 10.10, new int[0]);
        assertThat(tier2.bandsAt(s, m.ms("10:00:30"))).containsExactly(1111, 909);
    }

    @Test
    void ineligibleTradesDoNotMoveTheReference() {
        BandState s = new BandState();
        tier2.onTrade(s, m.ms("09:30:00"), 10.00, new int[] {25});
        for (int i = 0; i < 10; i++) tier2.onTrade(s, m.ms("10:00:0" + i), 12.00, new int[] {37});
        assertThat(tier2.bandsAt(s, m.ms("10:01:00"))).containsExactly(1100, 900);
    }

    @Test
    void aReopeningPrintResetsTheReference() {
        BandState s = new BandState();
        tier2.onTrade(s, m.ms("09:30:00"), 10.00, new int[] {25});
        tier2.onTrade(s, m.ms("11:00:00.100"), 12.00, new int[] {28});
        assertThat(tier2.bandsAt(s, m.ms("11:00:01"))).containsExactly(1320, 1080);
    }

    @Test
    void noBandsBeforeAnyReference() {
        BandState s = new BandState();
        assertThat(tier2.bandsAt(s, m.ms("10:00:00"))).containsExactly(0, 0);
    }
}
