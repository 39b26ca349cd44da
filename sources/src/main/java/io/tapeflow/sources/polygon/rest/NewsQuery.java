package io.tapeflow.sources.polygon.rest;

import io.tapeflow.sources.model.News;
import java.io.Serializable;
import java.util.Objects;

/**
 * A news listing window, oldest first: Polygon {@code /v2/reference/news} or Benzinga {@code /benzinga/v2/news}
 * with {@code published >= fromMs} and, when bounded, {@code published <= toMs}.
 */
public final class NewsQuery implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No upper bound. */
    public static final long OPEN_END = Long.MAX_VALUE;

    /** {@link News#POLYGON} or {@link News#BENZINGA}. */
    public final String vendor;
    public final long fromMs;
    public final long toMs;
    /** One ticker, or null for all. */
    public final String ticker;
    public final int limit;

    public NewsQuery(String vendor, long fromMs, long toMs, String ticker, int limit) {
        if (!News.POLYGON.equals(vendor) && !News.BENZINGA.equals(vendor)) {
            throw new IllegalArgumentException("news vendor is polygon or benzinga, not " + vendor);
        }
        this.vendor = Objects.requireNonNull(vendor);
        this.fromMs = fromMs;
        this.toMs = toMs;
        this.ticker = ticker;
        this.limit = limit;
    }

    public NewsQuery withFrom(long newFromMs) {
        return new NewsQuery(vendor, newFromMs, toMs, ticker, limit);
    }

    @Override
    public String toString() {
        return vendor + " news [" + fromMs + ", " + (toMs == OPEN_END ? "open" : toMs) + "]" + (ticker == null ? "" : " " + ticker);
    }
}
