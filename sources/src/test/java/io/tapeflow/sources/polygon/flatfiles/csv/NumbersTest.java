package io.tapeflow.sources.polygon.flatfiles.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Edge cases of the byte-level number parsers. */
class NumbersTest {
    private static long lng(String s) throws RowFormatException {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return Numbers.parseLong(b, 0, b.length, "c");
    }

    private static double dec(String s) throws RowFormatException {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return Numbers.parseDecimal(b, 0, b.length, "c");
    }

    @Test
    void longsKeepEveryDigitUpToTheLimits() throws RowFormatException {
        assertThat(lng("1679990340010084598")).isEqualTo(1679990340010084598L);
        assertThat(lng("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(lng("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(lng("0")).isZero();
    }

    @net.jqwik.api.Property(tries = 2000)
    void anyLongRoundTripsThroughItsDecimalText(@net.jqwik.api.ForAll long v) throws RowFormatException {
        assertThat(lng(Long.toString(v))).isEqualTo(v);
    }

    @Test
    void everyLengthAndBadDigitPositionIsHandled() throws RowFormatException {
        String nines = "9999999999999999999";
        for (int len = 1; len <= 19; len++) {
            String s = "1234567890123456789".substring(0, len);
            assertThat(lng(s)).isEqualTo(Long.parseLong(s));
            for (int bad = 0; bad < len; bad++) {
                String broken = s.substring(0, bad) + ":" + s.substring(bad + 1);
                assertThatThrownBy(() -> lng(broken)).as(broken).isInstanceOf(RowFormatException.class);
                String slash = s.substring(0, bad) + "/" + s.substring(bad + 1);
                assertThatThrownBy(() -> lng(slash)).as(slash).isInstanceOf(RowFormatException.class);
            }
        }
        assertThatThrownBy(() -> lng(nines)).isInstanceOf(RowFormatException.class);
        assertThat(lng("0000000000000000000000012")).isEqualTo(12L);
    }

    @Test
    void longOverflowAndJunkAreRowErrors() {
        assertThatThrownBy(() -> lng("9223372036854775808")).isInstanceOf(RowFormatException.class);
        assertThatThrownBy(() -> lng("12a")).isInstanceOf(RowFormatException.class);
        assertThatThrownBy(() -> lng("")).isInstanceOf(RowFormatException.class);
        assertThatThrownBy(() -> lng("-")).isInstanceOf(RowFormatException.class);
        assertThatThrownBy(() -> lng("1.5")).isInstanceOf(RowFormatException.class);
    }

    @Test
    void decimalsMatchJavasCorrectlyRoundedParse() throws RowFormatException {
        for (String s : new String[] {"142.99", "143", "0.002500", "10.000000", "-3.5", "+7", ".5", "5.",
                "1e-3", "123456789012345678901234", "0.1", "99999999.99999999", "1.7976931348623157E308"}) {
            assertThat(dec(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void nonNumericDecimalsAreRowErrors() {
        for (String s : new String[] {"NaN", "Infinity", "0x1p3", "1.2.3", "", "-", "1e999", "12d"}) {
            assertThatThrownBy(() -> dec(s)).as(s).isInstanceOf(RowFormatException.class);
        }
    }
}
