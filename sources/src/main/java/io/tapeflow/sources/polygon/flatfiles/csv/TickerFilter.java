package io.tapeflow.sources.polygon.flatfiles.csv;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code --tickers} filter, applied to a raw line before it is split or parsed. Files are sorted by ticker, so
 * the decision for the previous row's ticker is cached and most rows cost one byte comparison of their first field.
 */
public final class TickerFilter implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] tickers;
    private transient Set<String> set;
    private transient byte[] lastTicker;
    private transient int lastLen;
    private transient boolean lastDecision;

    private TickerFilter(String[] tickers) {
        this.tickers = tickers;
    }

    /** Accepts every row. */
    public static TickerFilter all() {
        return new TickerFilter(null);
    }

    /** Accepts rows of these tickers only (exact, case-sensitive, as Polygon writes them). */
    public static TickerFilter of(String... tickers) {
        if (tickers == null || tickers.length == 0) return all();
        return new TickerFilter(tickers.clone());
    }

    public boolean acceptsAll() {
        return tickers == null;
    }

    public String[] tickers() {
        return tickers == null ? new String[0] : tickers.clone();
    }

    /** A fresh copy with its own cache, for one reader thread. */
    public TickerFilter copy() {
        return new TickerFilter(tickers);
    }

    /** Decides on the line's first field; a quoted or odd first field is accepted and left to the full parse. */
    public boolean accepts(byte[] b, int s, int e) {
        if (tickers == null) return true;
        int comma = s;
        while (comma < e && b[comma] != ',') comma++;
        int len = comma - s;
        if (len > 0 && b[s] == '"') return true;
        if (lastTicker != null && len == lastLen && Arrays.equals(b, s, comma, lastTicker, 0, len)) {
            return lastDecision;
        }
        if (set == null) set = new HashSet<>(Arrays.asList(tickers));
        lastTicker = Arrays.copyOfRange(b, s, comma);
        lastLen = len;
        lastDecision = set.contains(new String(b, s, len, StandardCharsets.ISO_8859_1));
        return lastDecision;
    }

    /** For a row that was decoded anyway (quoted first field): the same decision on the decoded ticker. */
    public boolean accepts(String ticker) {
        if (tickers == null) return true;
        if (set == null) set = new HashSet<>(Arrays.asList(tickers));
        return set.contains(ticker);
    }
}
