package io.tapeflow.jobs.enrich;

import java.util.Objects;

/** "Look up this ticker as of this Eastern trading day": the input of the ticker-details lookup. */
public class TickerRequest {
    public String ticker;
    /** {@code YYYY-MM-DD}, Eastern, of the event that named the ticker. */
    public String day;

    public TickerRequest() {}

    public static TickerRequest of(String ticker, String day) {
        TickerRequest r = new TickerRequest();
        r.ticker = ticker;
        r.day = day;
        return r;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TickerRequest && Objects.equals(ticker, ((TickerRequest) o).ticker)
                && Objects.equals(day, ((TickerRequest) o).day);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ticker, day);
    }

    @Override
    public String toString() {
        return ticker + "@" + day;
    }
}
