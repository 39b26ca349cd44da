package io.tapeflow.jobs.enrich;

import static org.apache.flink.configuration.ConfigOptions.key;

import java.io.Serializable;
import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ReadableConfig;

/**
 * Limits of the REST enrichment (gap repair and ticker details): async I/O capacity and timeouts, the per-gap ticker
 * cap and the number of request threads, so a gap over thousands of tickers never fires thousands of requests.
 */
public class EnrichmentOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final ConfigOption<Integer> GAP_CAPACITY = key("tapeflow.enrich.gap-repair.capacity").intType()
            .defaultValue(16).withDescription("Gaps being repaired at once per subtask (async I/O capacity).");
    public static final ConfigOption<Duration> GAP_TIMEOUT = key("tapeflow.enrich.gap-repair.timeout").durationType()
            .defaultValue(Duration.ofMinutes(2)).withDescription("A gap not repaired by then is marked unrepaired.");
    public static final ConfigOption<Integer> GAP_MAX_TICKERS = key("tapeflow.enrich.gap-repair.max-tickers")
            .intType().defaultValue(200)
            .withDescription("Tickers repaired per gap; the rest are named in repair_note (flat files cover them).");
    public static final ConfigOption<Integer> TICKER_CAPACITY = key("tapeflow.enrich.tickers.capacity").intType()
            .defaultValue(20_000).withDescription("Ticker lookups queued per subtask; above the universe size so a "
                    + "session start never backpressures the market stream.");
    public static final ConfigOption<Duration> TICKER_TIMEOUT = key("tapeflow.enrich.tickers.timeout").durationType()
            .defaultValue(Duration.ofMinutes(15)).withDescription("A ticker lookup not answered by then is dropped.");
    public static final ConfigOption<Integer> REQUEST_THREADS = key("tapeflow.enrich.request-threads").intType()
            .defaultValue(4).withDescription("Concurrent REST requests per operator subtask (the client also "
                    + "rate-limits).");

    public int gapCapacity = GAP_CAPACITY.defaultValue();
    public long gapTimeoutMs = GAP_TIMEOUT.defaultValue().toMillis();
    public int maxTickersPerGap = GAP_MAX_TICKERS.defaultValue();
    public int tickerCapacity = TICKER_CAPACITY.defaultValue();
    public long tickerTimeoutMs = TICKER_TIMEOUT.defaultValue().toMillis();
    public int requestThreads = REQUEST_THREADS.defaultValue();

    public EnrichmentOptions() {}

    /** Reads the keys above, defaults where unset. */
    public static EnrichmentOptions fromConfiguration(ReadableConfig c) {
        EnrichmentOptions o = new EnrichmentOptions();
        o.gapCapacity = c.get(GAP_CAPACITY);
        o.gapTimeoutMs = c.get(GAP_TIMEOUT).toMillis();
        o.maxTickersPerGap = c.get(GAP_MAX_TICKERS);
        o.tickerCapacity = c.get(TICKER_CAPACITY);
        o.tickerTimeoutMs = c.get(TICKER_TIMEOUT).toMillis();
        o.requestThreads = c.get(REQUEST_THREADS);
        return o.validate();
    }

    /** Fails with one line naming the bad value. */
    public EnrichmentOptions validate() {
        if (gapCapacity <= 0 || tickerCapacity <= 0) throw new IllegalArgumentException("enrichment capacity must be > 0");
        if (gapTimeoutMs <= 0 || tickerTimeoutMs <= 0) throw new IllegalArgumentException("enrichment timeouts must be > 0");
        if (maxTickersPerGap <= 0) throw new IllegalArgumentException(GAP_MAX_TICKERS.key() + " must be > 0");
        if (requestThreads <= 0) throw new IllegalArgumentException(REQUEST_THREADS.key() + " must be > 0");
        return this;
    }
}
