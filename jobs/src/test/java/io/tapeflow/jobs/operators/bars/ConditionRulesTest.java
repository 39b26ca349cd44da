package io.tapeflow.jobs.operators.bars;

import static io.tapeflow.jobs.operators.bars.ConditionRules.ALL;
import static io.tapeflow.jobs.operators.bars.ConditionRules.HIGH_LOW;
import static io.tapeflow.jobs.operators.bars.ConditionRules.LAST;
import static io.tapeflow.jobs.operators.bars.ConditionRules.VOLUME;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionRulesTest {

    /** PROTOCOL.md section 3.5, one row per id: H/L, Last, Vol after the "default if blank" column. */
    @ParameterizedTest(name = "condition {0}")
    @CsvSource({
        "0,Y,Y,Y", "1,Y,Y,Y", "2,N,N,Y", "3,Y,Y,Y", "4,Y,Y,Y", "5,Y,N,Y", "6,Y,Y,Y", "7,N,N,Y", "8,Y,Y,Y",
        "9,Y,Y,Y", "10,Y,N,Y", "11,Y,Y,Y", "12,N,N,Y", "13,N,N,Y", "14,Y,Y,Y", "15,N,N,N", "16,N,N,N",
        "17,Y,Y,Y", "18,Y,Y,Y", "19,Y,Y,Y", "20,N,N,Y", "21,N,N,Y", "22,Y,N,Y", "23,Y,Y,Y", "24,Y,Y,Y",
        "25,Y,Y,Y", "26,N,N,Y", "27,Y,Y,Y", "28,Y,Y,Y", "29,Y,N,Y", "30,Y,Y,Y", "32,N,N,Y", "33,Y,N,Y",
        "34,Y,Y,Y", "35,Y,Y,Y", "36,Y,Y,Y", "37,N,N,Y", "38,Y,Y,N", "39,N,N,Y", "40,N,N,Y", "41,Y,Y,Y",
        "42,N,N,Y", "43,N,N,Y", "44,N,N,Y", "45,N,N,Y", "46,N,N,Y", "47,N,N,Y", "48,N,N,Y", "49,N,N,Y",
        "50,N,N,Y", "51,N,N,Y", "52,N,N,Y", "53,N,N,Y", "54,N,N,Y", "55,Y,Y,Y", "56,N,N,Y", "59,N,N,Y"
    })
    void eachConditionFollowsTheGlossaryTable(int id, String hl, String last, String vol) {
        int expected = ("Y".equals(hl) ? HIGH_LOW : 0) | ("Y".equals(last) ? LAST : 0) | ("Y".equals(vol) ? VOLUME : 0);
        assertThat(ConditionRules.of(id)).isEqualTo(expected);
    }

    @Test
    void absentOrEmptyConditionsAreARegularSale() {
        assertThat(ConditionRules.intraday(null)).isEqualTo(ALL);
        assertThat(ConditionRules.intraday(new int[0])).isEqualTo(ALL);
        assertThat(ConditionRules.daily(new int[0])).isEqualTo(ALL);
    }

    @Test
    void conditionsWithoutARowDoNotRestrict() {
        assertThat(ConditionRules.intraday(new int[] {31})).isEqualTo(ALL);
        assertThat(ConditionRules.intraday(new int[] {14, 57, 58})).isEqualTo(ALL);
        assertThat(ConditionRules.intraday(new int[] {99})).isEqualTo(ALL);
    }

    @Test
    void everyConditionMustAllowAField() {
        // intermarket sweep + trade-thru-exempt: both allow everything
        assertThat(ConditionRules.intraday(new int[] {14, 41})).isEqualTo(ALL);
        // a sweep that is also an odd lot: the odd lot's "no" wins
        assertThat(ConditionRules.intraday(new int[] {14, 37})).isEqualTo(VOLUME);
        // derivatively priced (no last) + cash sale (no high/low)
        assertThat(ConditionRules.intraday(new int[] {10, 7})).isEqualTo(VOLUME);
        // a summary print blocks everything
        assertThat(ConditionRules.intraday(new int[] {0, 15})).isZero();
    }

    @Test
    void extendedHoursConditionsDoNotBlockMinuteBarsButDoBlockTheDailyTable() {
        assertThat(ConditionRules.intraday(new int[] {12})).isEqualTo(ALL);
        assertThat(ConditionRules.intraday(new int[] {13})).isEqualTo(ALL);
        assertThat(ConditionRules.daily(new int[] {12})).isEqualTo(VOLUME);
        // the exception lifts only 12/13 themselves: an odd lot in extended hours still only adds volume
        assertThat(ConditionRules.intraday(new int[] {12, 37})).isEqualTo(VOLUME);
    }

    @Test
    void onlyLastEligibleTradesAreRegular() {
        assertThat(ConditionRules.setsLast(new int[] {25})).isTrue();
        assertThat(ConditionRules.setsLast(new int[0])).isTrue();
        assertThat(ConditionRules.setsLast(new int[] {29})).isFalse();
        assertThat(ConditionRules.setsLast(new int[] {37})).isFalse();
        assertThat(ConditionRules.setsLast(new int[] {12})).isFalse();
    }
}
