package io.tapeflow.jobs.operators.luld;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.time.TradingCalendar;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuldBandsTest {

    @ParameterizedTest(name = "ref {0} tier1={1} doubled={2} -> [{4}, {3}]")
    @CsvSource({
        // above $3.00: Tier 1 5%, Tier 2 10%, doubled 10% / 20%
        "100000, true,  false, 1050, 950",
        "100000, false, false, 1100, 900",
        "100000, true,  true,  1100, 900",
        "100000, false, true,  1200, 800",
        "30001,  false, false, 330,  270",
        // $0.75 - $3.00: 20% for both tiers, 40% doubled
        "30000,  true,  false, 360,  240",
        "30000,  false, false, 360,  240",
        "7500,   false, false, 90,   60",
        "7500,   true,  true,  105,  45",
        // below $0.75: lesser of $0.15 or 75%; doubled lesser of $0.30 or 150%, floored at 0
        "5000,   false, false, 65,   35",
        "1000,   true,  false, 18,   3",
        "5000,   false, true,  80,   20",
        "1000,   false, true,  25,   0",
        // half up to the cent: 0.8375 * 1.2 = 1.005 -> 1.01
        "8375,   false, false, 101,  67",
        // 10.05 * 1.05 = 10.5525 -> 10.55, 10.05 * 0.95 = 9.5475 -> 9.55
        "100500, true,  false, 1055, 955",
    })
    void bandsFollowTheTierAndPriceRange(long refE4, boolean tier1, boolean doubled, long upper, long lower) {
        assertThat(LuldBands.bands(refE4, tier1, doubled)).containsExactly(upper, lower);
    }

    @Test
    void openingDoublingAppliesToEveryStockForTheFirstFifteenMinutes() {
        long open = LocalTime.of(9, 30).toNanoOfDay() / 1_000_000L;
        long justBefore945 = LocalTime.of(9, 44, 59, 999_000_000).toNanoOfDay() / 1_000_000L;
        long at945 = LocalTime.of(9, 45).toNanoOfDay() / 1_000_000L;

        assertThat(LuldBands.doubled(open, 100000, true, false)).isTrue();
        assertThat(LuldBands.doubled(justBefore945, 100000, true, false)).isTrue();
        assertThat(LuldBands.doubled(at945, 100000, true, false)).isFalse();
    }

    @Test
    void closingDoublingAppliesOnlyToLowPricedTier2UnlessConfigured() {
        long at1535 = LocalTime.of(15, 35).toNanoOfDay() / 1_000_000L;
        long at1600 = LocalTime.of(16, 0).toNanoOfDay() / 1_000_000L;

        assertThat(LuldBands.doubled(at1535, 30000, false, false)).isTrue();
        assertThat(LuldBands.doubled(at1535, 30100, false, false)).isFalse();
        assertThat(LuldBands.doubled(at1535, 20000, true, false)).isFalse();
        assertThat(LuldBands.doubled(at1535, 200000, true, true)).isTrue();
        assertThat(LuldBands.doubled(at1600, 20000, false, false)).isFalse();
    }

    @Test
    void bandsExistOnlyDuringRegularHours() {
        LocalDate d = LocalDate.of(2024, 3, 12);
        long preMarket = TradingCalendar.atEastern(d, LocalTime.of(9, 29, 59));
        long opening = TradingCalendar.atEastern(d, LocalTime.of(9, 31));
        long midday = TradingCalendar.atEastern(d, LocalTime.of(12, 0));

        assertThat(LuldBands.bandsAt(preMarket, 100000, false, false)).containsExactly(0, 0);
        assertThat(LuldBands.bandsAt(opening, 100000, false, false)).containsExactly(1200, 800);
        assertThat(LuldBands.bandsAt(midday, 100000, false, false)).containsExactly(1100, 900);
    }

    @Test
    void aMoveIsPublishedFromOnePercent() {
        assertThat(LuldBands.movedOnePercent(100000, 101000)).isTrue();
        assertThat(LuldBands.movedOnePercent(100000, 99000)).isTrue();
        assertThat(LuldBands.movedOnePercent(100000, 100999)).isFalse();
    }
}
