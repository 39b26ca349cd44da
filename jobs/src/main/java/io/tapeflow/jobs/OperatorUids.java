package io.tapeflow.jobs;

/**
 * The one place every operator uid and name comes from. Never rename a released uid: savepoints map state by it.
 *
 * <p>Uids are stable identifiers ({@code kebab-case}, versioned only when state becomes incompatible); names are what
 * the Flink web UI shows.
 */
public final class OperatorUids {
    private OperatorUids() {}

    // ---- sources ----
    public static final String SOURCE_WEBSOCKET = "source-polygon-websocket";
    public static final String SOURCE_WEBSOCKET_NAME = "Polygon WebSocket";
    public static final String SOURCE_FLATFILES = "source-polygon-flatfiles";
    public static final String SOURCE_FLATFILES_NAME = "Polygon flat files";
    public static final String SOURCE_REST_AGGS = "source-polygon-rest-aggs";
    public static final String SOURCE_REST_AGGS_NAME = "Polygon REST aggregates";
    public static final String SOURCE_NEWS = "source-news";
    public static final String SOURCE_NEWS_NAME = "News";
    /** REST news source events to news items (backfill with --news). */
    /** {@code live --catch-up-from}: flat-file history, then the WebSocket, as one HybridSource. */
    public static final String SOURCE_CATCH_UP = "source-polygon-catch-up";
    public static final String SOURCE_CATCH_UP_NAME = "Polygon flat files then WebSocket";

    // ---- routing ----
    public static final String ROUTE_BY_KIND = "route-by-kind";
    public static final String ROUTE_BY_KIND_NAME = "Route by event kind";

    // ---- market semantics (io.tapeflow.jobs.semantics.MarketSemantics) ----
    public static final String SEMANTICS_TRADES_IN = "semantics-trades-in";
    public static final String SEMANTICS_TRADES_IN_NAME = "Trades to ticker events";
    public static final String SEMANTICS_QUOTES_IN = "semantics-quotes-in";
    public static final String SEMANTICS_QUOTES_IN_NAME = "Quotes to ticker events";
    public static final String SEMANTICS_LULD_IN = "semantics-luld-in";
    public static final String SEMANTICS_LULD_IN_NAME = "LULD to ticker events";
    public static final String SEMANTICS_AGGS_IN = "semantics-aggs-in";
    public static final String SEMANTICS_AGGS_IN_NAME = "Minute aggregates to ticker events";
    public static final String SEMANTICS_MARKET_IN = "semantics-market-events-in";
    public static final String SEMANTICS_MARKET_IN_NAME = "Market events to ticker events";
    public static final String SEMANTICS_NEWS_FANOUT = "semantics-news-fanout";
    public static final String SEMANTICS_NEWS_FANOUT_NAME = "News per ticker";
    public static final String HALT_DETECTOR = "halt-detector";
    public static final String HALT_DETECTOR_NAME = "Halt detection";
    public static final String BAR_BUILDER = "bar-builder";
    public static final String BAR_BUILDER_NAME = "Bars 1m-1d";

    // ---- sinks: one Parquet and one MongoDB sink per dataset ----
    /** Uid of the Parquet sink of a dataset, e.g. {@code sink-parquet-bars}. */
    public static String parquetSink(String dataset) {
        return "sink-parquet-" + dataset;
    }

    public static String parquetSinkName(String dataset) {
        return "Parquet " + dataset;
    }

    /** Uid of the MongoDB sink of a dataset, e.g. {@code sink-mongo-bars}. */
    public static String mongoSink(String dataset) {
        return "sink-mongo-" + dataset;
    }

    public static String mongoSinkName(String dataset) {
        return "MongoDB " + dataset;
    }
    public static final String SEMANTICS_AGGS_FILTER = "semantics-aggs-in-filter";
    public static final String SEMANTICS_AGGS_FILTER_NAME = "Minute aggregates only";
    public static final String SEMANTICS_NEWS_WATERMARKS = "semantics-news-watermarks";
    public static final String SEMANTICS_NEWS_WATERMARKS_NAME = "News never holds back the market clock";

    // ---- enrichment: gap repair, ticker details, news (io.tapeflow.jobs.enrich) ----
    public static final String GAP_REPAIR_TICKERS = "gap-repair-tickers";
    public static final String GAP_REPAIR_TICKERS_NAME = "Gap tickers (* = tickers seen today)";
    public static final String GAP_REPAIR = "gap-repair";
    public static final String GAP_REPAIR_NAME = "Gap repair (REST minute aggregates)";
    public static final String GAP_REPAIR_ROUTE = "gap-repair-route";
    public static final String GAP_REPAIR_ROUTE_NAME = "Route gap repairs";
    public static final String SEMANTICS_REPAIRS_IN = "semantics-repaired-aggs-in";
    public static final String SEMANTICS_REPAIRS_IN_NAME = "Repaired minute aggregates to ticker events";
    public static final String TICKERS_FIRST_OF_DAY = "tickers-first-of-day";
    public static final String TICKERS_FIRST_OF_DAY_NAME = "Tickers seen (first per day)";
    public static final String TICKERS_DEDUP = "tickers-dedup";
    public static final String TICKERS_DEDUP_NAME = "Ticker details once per day";
    public static final String TICKERS_LOOKUP = "tickers-lookup";
    public static final String TICKERS_LOOKUP_NAME = "Ticker details (REST)";
    public static final String TICKERS_LOOKUP_SPLIT = "tickers-lookup-split";
    public static final String TICKERS_LOOKUP_SPLIT_NAME = "Ticker details and rejects";
    public static final String SOURCE_NEWS_ROUTE = "source-news-route";
    public static final String SOURCE_NEWS_ROUTE_NAME = "News and news rejects";
}
