package io.tapeflow.sources.polygon.rest.aggs;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a {@link RestAggregatesSource}. Long ranges are cut into chunks so one request stays under Polygon's 50000
 * base-aggregate limit (a trading day has at most 960 extended-hours minutes): 30 days for minutes, 3 years for days.
 */
public final class RestAggregatesSourceBuilder {
    private PolygonRestClientFactory clients;
    private String[] tickers;
    private String timeframe = Aggregate.MINUTE;
    private LocalDate from;
    private LocalDate to;
    private int chunkDays;

    RestAggregatesSourceBuilder() {}

    /**
     * @param clients builds one REST client per reader
     * @return this builder
     */
    public RestAggregatesSourceBuilder clients(PolygonRestClientFactory clients) {
        this.clients = clients;
        return this;
    }

    /**
     * @param tickers the tickers to fetch (REST has no "all tickers" range call)
     * @return this builder
     */
    public RestAggregatesSourceBuilder tickers(String... tickers) {
        this.tickers = tickers.clone();
        return this;
    }

    /**
     * @param timeframe {@link Aggregate#MINUTE} (default) or {@link Aggregate#DAY}
     * @return this builder
     */
    public RestAggregatesSourceBuilder timeframe(String timeframe) {
        this.timeframe = timeframe;
        return this;
    }

    /**
     * @param from first day, inclusive
     * @param to last day, inclusive
     * @return this builder
     */
    public RestAggregatesSourceBuilder dateRange(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        return this;
    }

    /**
     * @param days calendar days per request chunk (0 = the timeframe's default)
     * @return this builder
     */
    public RestAggregatesSourceBuilder chunkDays(int days) {
        this.chunkDays = days;
        return this;
    }

    public RestAggregatesSource build() {
        if (clients == null) throw new IllegalStateException("REST aggregates source needs a client factory");
        if (tickers == null || tickers.length == 0 || Arrays.asList(tickers).contains("*")) {
            throw new IllegalStateException("REST aggregates source needs explicit tickers (REST has no all-tickers range call)");
        }
        if (!Aggregate.MINUTE.equals(timeframe) && !Aggregate.DAY.equals(timeframe)) {
            throw new IllegalStateException("REST aggregates timeframe is 1m or 1d, not " + timeframe);
        }
        if (from == null || to == null || to.isBefore(from)) throw new IllegalStateException("REST aggregates source needs a date range with from <= to");
        int step = chunkDays > 0 ? chunkDays : Aggregate.MINUTE.equals(timeframe) ? 30 : 3 * 365;
        List<RestAggregatesSplit> splits = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(step)) {
            LocalDate end = start.plusDays(step - 1L).isAfter(to) ? to : start.plusDays(step - 1L);
            for (String t : tickers) splits.add(new RestAggregatesSplit(t, timeframe, start, end, RestAggregatesSplit.NONE));
        }
        return new RestAggregatesSource(clients, splits);
    }
}
