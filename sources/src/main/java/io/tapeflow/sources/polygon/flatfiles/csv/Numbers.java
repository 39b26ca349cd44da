package io.tapeflow.sources.polygon.flatfiles.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Number parsing straight from CSV bytes: longs digit by digit (ns timestamps need all 19 digits, so never via
 * double), decimals with an exact fast path, comma-separated int lists.
 */
public final class Numbers {
    private static final int[] EMPTY = new int[0];
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22
    };
    /** 2^53: mantissas below it are exact doubles, so mantissa / 10^scale is correctly rounded (Clinger). */
    private static final long EXACT_MANTISSA = 1L << 53;

    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Numbers() {}

    /** Parses an optionally signed decimal integer; empty, non-digit or overflowing input is an error. */
    public static long parseLong(byte[] b, int s, int e, String column) throws RowFormatException {
        if (s == e) throw new RowFormatException(column + " is empty");
        boolean neg = b[s] == '-';
        int i = neg ? s + 1 : s;
        int digits = e - i;
        if (digits == 0) throw new RowFormatException(column + " is not an integer");
        if (digits > 19) return parseLongChecked(b, s, e, i, neg, column);
        // 18 digits never overflow; a 19th (every ns timestamp has 19) is checked once at the end.
        int fastEnd = digits == 19 ? e - 1 : e;
        long v = 0;
        for (; fastEnd - i >= 8; i += 8) {
            long chunk = eightDigits(b, i);
            if (chunk < 0) throw new RowFormatException(column + " is not an integer: " + text(b, s, e));
            v = v * 100_000_000L + chunk;
        }
        for (; i < fastEnd; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) throw new RowFormatException(column + " is not an integer: " + text(b, s, e));
            v = v * 10 + d;
        }
        if (digits == 19) {
            int d = b[e - 1] - '0';
            if (d < 0 || d > 9) throw new RowFormatException(column + " is not an integer: " + text(b, s, e));
            if (v > (Long.MAX_VALUE - d) / 10) {
                if (neg && v == 922337203685477580L && d == 8) return Long.MIN_VALUE;
                throw new RowFormatException(column + " overflows a long");
            }
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }

    /**
     * Eight ASCII digits at {@code b[i..i+8)} as a number, or -1 if any is not a digit: one 64-bit load and three
     * multiplies instead of eight dependent steps (Lemire's SWAR method).
     */
    static long eightDigits(byte[] b, int i) {
        long val = (long) LONG_LE.get(b, i);
        // Every byte must be 0x30..0x39: high nibble 3, and adding 6 must not carry out of the low nibble.
        if ((val & 0xF0F0F0F0F0F0F0F0L) != 0x3030303030303030L
                || ((val + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) != 0x3030303030303030L) {
            return -1;
        }
        val -= 0x3030303030303030L;
        val = val * 10 + (val >>> 8);
        return (((val & 0x000000FF000000FFL) * (100 + (1_000_000L << 32)))
                + (((val >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32)))) >>> 32;
    }

    private static long parseLongChecked(byte[] b, int s, int e, int i, boolean neg, String column) throws RowFormatException {
        long v = 0;
        for (; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) throw new RowFormatException(column + " is not an integer: " + text(b, s, e));
            // Accumulate negatively so Long.MIN_VALUE parses.
            if (v < -922337203685477580L || (v == -922337203685477580L && d > 8)) {
                throw new RowFormatException(column + " overflows a long");
            }
            v = v * 10 - d;
        }
        if (!neg && v == Long.MIN_VALUE) throw new RowFormatException(column + " overflows a long");
        return neg ? v : -v;
    }

    /** An int column: a {@link #parseLong} that must fit an int. */
    public static int parseInt(byte[] b, int s, int e, String column) throws RowFormatException {
        long v = parseLong(b, s, e, column);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw new RowFormatException(column + " overflows an int");
        return (int) v;
    }

    /** Parses a finite decimal ({@code 142.99}, {@code 10.000000}, {@code 1e-3}) to the nearest double. */
    public static double parseDecimal(byte[] b, int s, int e, String column) throws RowFormatException {
        if (s == e) throw new RowFormatException(column + " is empty");
        int i = s;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        boolean dot = false;
        boolean any = false;
        for (; i < e; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                any = true;
                if (mantissa == 0 && c == '0') {
                    if (dot) scale++;
                    continue;
                }
                if (digits == 18) return slowDecimal(b, s, e, column);
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (dot) scale++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slowDecimal(b, s, e, column);
            }
        }
        if (!any) throw new RowFormatException(column + " is not a number: " + text(b, s, e));
        if (mantissa >= EXACT_MANTISSA || scale >= POW10.length) return slowDecimal(b, s, e, column);
        double v = mantissa / POW10[scale];
        return neg ? -v : v;
    }

    private static double slowDecimal(byte[] b, int s, int e, String column) throws RowFormatException {
        String t = text(b, s, e);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd'; none is a CSV number.
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                throw new RowFormatException(column + " is not a number: " + t);
            }
        }
        try {
            double v = Double.parseDouble(t);
            if (Double.isInfinite(v)) throw new RowFormatException(column + " is out of range: " + t);
            return v;
        } catch (NumberFormatException ex) {
            throw new RowFormatException(column + " is not a number: " + t);
        }
    }

    /** Parses {@code 12,37} / {@code 12} / empty into an int array (empty field = no codes). */
    public static int[] parseIntList(byte[] b, int s, int e, String column) throws RowFormatException {
        if (s == e) return EMPTY;
        int n = 1;
        for (int i = s; i < e; i++) {
            if (b[i] == ',') n++;
        }
        int[] out = new int[n];
        int k = 0;
        int from = s;
        for (int i = s; i <= e; i++) {
            if (i == e || b[i] == ',') {
                out[k++] = parseInt(b, trimStart(b, from, i), trimEnd(b, from, i), column);
                from = i + 1;
            }
        }
        return out;
    }

    // Some writers put a space after the comma inside quoted lists ("12, 37"); tolerate it.
    private static int trimStart(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') s++;
        return s;
    }

    private static int trimEnd(byte[] b, int s, int e) {
        while (e > s && b[e - 1] == ' ') e--;
        return e;
    }

    static String text(byte[] b, int s, int e) {
        int len = Math.min(e - s, 64);
        return new String(b, s, len, StandardCharsets.ISO_8859_1);
    }
}
