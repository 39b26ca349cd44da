package io.tapeflow.sources.model;

import java.util.Objects;

/** Reference data for one ticker from {@code /v3/reference/tickers/{ticker}}; key {@link #ticker}. */
public class TickerDetails {
    public String ticker;
    public String name;
    /** ISO MIC of the primary listing, e.g. {@code XNAS}. */
    public String primaryExchange;
    public double marketCap;
    public double shareClassSharesOutstanding;
    public double weightedSharesOutstanding;
    /** Security type, e.g. {@code CS}. */
    public String type;
    /** The trading day this view is for ({@code YYYY-MM-DD}). */
    public String asOf;

    public TickerDetails() {}

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof TickerDetails)) return false;
        TickerDetails t = (TickerDetails) o;
        return Double.compare(marketCap, t.marketCap) == 0
                && Double.compare(shareClassSharesOutstanding, t.shareClassSharesOutstanding) == 0
                && Double.compare(weightedSharesOutstanding, t.weightedSharesOutstanding) == 0
                && Objects.equals(ticker, t.ticker) && Objects.equals(name, t.name)
                && Objects.equals(primaryExchange, t.primaryExchange) && Objects.equals(type, t.type)
                && Objects.equals(asOf, t.asOf);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, asOf);
    }

    @Override
    public String toString() {
        return "TickerDetails{" + ticker + " " + name + " " + primaryExchange + " " + asOf + "}";
    }
}
