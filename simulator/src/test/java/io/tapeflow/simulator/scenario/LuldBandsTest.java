package io.tapeflow.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Band arithmetic of HALTS.md 1: tiers, price ranges, doubling windows and half-up cent rounding. */
class LuldBandsTest {
  private static final LocalTime MIDDAY = LocalTime.of(12, 0);

  @Test
  void tier1AboveThreeDollarsIsFivePercent() {
    assertThat(LuldBands.compute(10_000, 1, MIDDAY)).isEqualTo(new LuldBands.Bands(10_500, 9_500));
  }

  @Test
  void tier2AboveThreeDollarsIsTenPercent() {
    assertThat(LuldBands.compute(10_000, 2, MIDDAY)).isEqualTo(new LuldBands.Bands(11_000, 9_000));
  }

  @Test
  void bothTiersUseTwentyPercentFromSeventyFiveCentsToThreeDollars() {
    assertThat(LuldBands.compute(300, 1, MIDDAY)).isEqualTo(new LuldBands.Bands(360, 240));
    assertThat(LuldBands.compute(75, 2, MIDDAY)).isEqualTo(new LuldBands.Bands(90, 60));
  }

  @Test
  void belowSeventyFiveCentsTheWidthIsTheLesserOfFifteenCentsAndSeventyFivePercent() {
    // 75% of 60c = 45c > 15c, so 15c
    assertThat(LuldBands.compute(60, 1, MIDDAY)).isEqualTo(new LuldBands.Bands(75, 45));
    // 75% of 10c = 7.5c -> 8c (half up) < 15c
    assertThat(LuldBands.compute(10, 2, MIDDAY)).isEqualTo(new LuldBands.Bands(18, 2));
  }

  @Test
  void percentagesDoubleDuringTheFirstFifteenMinutesForEveryTier() {
    assertThat(LuldBands.compute(10_000, 1, LocalTime.of(9, 30))).isEqualTo(new LuldBands.Bands(11_000, 9_000));
    assertThat(LuldBands.compute(10_000, 2, LocalTime.of(9, 44, 59))).isEqualTo(new LuldBands.Bands(12_000, 8_000));
    assertThat(LuldBands.compute(10_000, 2, LocalTime.of(9, 45))).isEqualTo(new LuldBands.Bands(11_000, 9_000));
  }

  @Test
  void closingDoublingAppliesOnlyToTier2AtThreeDollarsOrLess() {
    LocalTime close = LocalTime.of(15, 40);
    assertThat(LuldBands.compute(200, 2, close)).isEqualTo(new LuldBands.Bands(280, 120));
    assertThat(LuldBands.compute(200, 1, close)).isEqualTo(new LuldBands.Bands(240, 160));
    assertThat(LuldBands.compute(10_000, 2, close)).isEqualTo(new LuldBands.Bands(11_000, 9_000));
    assertThat(LuldBands.compute(200, 2, LocalTime.of(15, 34, 59))).isEqualTo(new LuldBands.Bands(240, 160));
  }

  @Test
  void bandWidthsRoundHalfUpToTheCent() {
    // 5% of $10.01 = 50.05c -> 50c ; 5% of $10.10 = 50.5c -> 51c (half up)
    assertThat(LuldBands.compute(1_001, 1, MIDDAY)).isEqualTo(new LuldBands.Bands(1_051, 951));
    assertThat(LuldBands.compute(1_010, 1, MIDDAY)).isEqualTo(new LuldBands.Bands(1_061, 959));
  }

  @Test
  void theReferenceMeanRoundsHalfUpToTheCent() {
    assertThat(LuldBands.roundHalfUp(201, 2)).isEqualTo(101); // 100.5 -> 101
    assertThat(LuldBands.roundHalfUp(301, 3)).isEqualTo(100); // 100.33 -> 100
    assertThat(LuldBands.roundHalfUp(2_999, 3)).isEqualTo(1_000); // 999.67 -> 1000
  }
}
