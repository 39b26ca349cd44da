package io.tapeflow.sources.polygon.flatfiles.csv;

import java.nio.charset.StandardCharsets;

/**
 * A reusable RFC 4180 splitter for one CSV line held in a byte buffer: records field bounds, copies nothing.
 *
 * <p>Hand-rolled because the flat files are tens of GB a day and a general CSV library allocates per field. A quoted
 * field's bounds exclude its quotes; {@code ""} inside quotes is an escaped quote ({@link #text} unescapes it).
 * Quoted fields never span lines here: Polygon's schemas never contain newlines, so a line with an unterminated
 * quote is a bad row rather than the start of a multi-line record.
 */
public final class CsvFields {
    /** More fields than any Polygon schema has; a line beyond it is rejected, not grown into. */
    public static final int MAX_FIELDS = 32;

    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];
    private final boolean[] escaped = new boolean[MAX_FIELDS];
    private byte[] buf;
    private int count;

    /**
     * Splits {@code buf[from, to)} into fields.
     *
     * @return null when well formed, else the reason it is not
     */
    public String split(byte[] buf, int from, int to) {
        this.buf = buf;
        int n = 0;
        int i = from;
        while (true) {
            if (n == MAX_FIELDS) {
                count = n;
                return "more than " + MAX_FIELDS + " fields";
            }
            if (i < to && buf[i] == '"') {
                int s = i + 1;
                int j = s;
                boolean esc = false;
                while (true) {
                    if (j >= to) {
                        count = n;
                        return "unterminated quoted field " + (n + 1);
                    }
                    if (buf[j] == '"') {
                        if (j + 1 < to && buf[j + 1] == '"') {
                            esc = true;
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                starts[n] = s;
                ends[n] = j;
                escaped[n] = esc;
                n++;
                i = j + 1;
                if (i == to) break;
                if (buf[i] != ',') {
                    count = n;
                    return "text after closing quote in field " + n;
                }
                i++;
            } else {
                int s = i;
                while (i < to && buf[i] != ',') i++;
                starts[n] = s;
                ends[n] = i;
                escaped[n] = false;
                n++;
                if (i == to) break;
                i++;
            }
        }
        count = n;
        return null;
    }

    public int count() {
        return count;
    }

    public byte[] buffer() {
        return buf;
    }

    public int start(int field) {
        return starts[field];
    }

    public int end(int field) {
        return ends[field];
    }

    public boolean isEmpty(int field) {
        return starts[field] == ends[field];
    }

    /** The field as text (ASCII/Latin-1 fast path; the schemas carry tickers and ids only). */
    public String text(int field) {
        String s = new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.ISO_8859_1);
        return escaped[field] ? s.replace("\"\"", "\"") : s;
    }

    /** True when the field's bytes equal {@code other[0, len)}. */
    public boolean fieldEquals(int field, byte[] other, int len) {
        int s = starts[field];
        if (ends[field] - s != len) return false;
        for (int k = 0; k < len; k++) {
            if (buf[s + k] != other[k]) return false;
        }
        return true;
    }
}
