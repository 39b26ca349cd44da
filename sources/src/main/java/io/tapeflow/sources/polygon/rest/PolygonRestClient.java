package io.tapeflow.sources.polygon.rest;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import io.tapeflow.sources.model.TickerDetails;
import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Polygon/Massive REST API as tapeflow uses it: one method per endpoint, one page per call. Pass {@code null} as
 * cursor for the first page and {@link RestPage#nextCursor()} for the next. Sources and the job see only this
 * interface; tests plug in a fake or point {@link OkHttpPolygonRestClient} at a local server.
 *
 * <p>Items that cannot be decoded and non-retryable error bodies come back as rejects on the page; refusals
 * (401/403), exhausted retries and an open circuit breaker throw {@link PolygonRestException}.
 */
public interface PolygonRestClient extends Closeable {

    RestPage<Aggregate> aggregates(AggregatesQuery query, String cursor) throws IOException;

    RestPage<News> news(NewsQuery query, String cursor) throws IOException;

    /** Trades in ns for gap repair; ns timestamps are read as integers, never through double. */
    RestPage<Trade> trades(TicksQuery query, String cursor) throws IOException;

    RestPage<Quote> quotes(TicksQuery query, String cursor) throws IOException;

    /**
     * Ticker overview as of {@code asOf} (null = today, New York): one item, or none when Polygon does not know the
     * ticker (404) or the body was unusable (then a reject explains why).
     */
    RestPage<TickerDetails> tickerDetails(String ticker, LocalDate asOf) throws IOException;

    /** Every page of a list call, concatenated: fine for bounded windows, not for a day of quotes. */
    static <T> RestPage<T> allPages(PageCall<T> call) throws IOException {
        List<T> items = new ArrayList<>();
        List<io.tapeflow.sources.model.Reject> rejects = new ArrayList<>();
        String cursor = null;
        do {
            RestPage<T> page = call.page(cursor);
            items.addAll(page.items());
            rejects.addAll(page.rejects());
            cursor = page.nextCursor();
        } while (cursor != null);
        return new RestPage<>(items, rejects, null);
    }

    /** One page of some list call, for {@link #allPages}. */
    @FunctionalInterface
    interface PageCall<T> {
        RestPage<T> page(String cursor) throws IOException;
    }
}
