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

    // ---- routing ----
    public static final String ROUTE_BY_KIND = "route-by-kind";
    public static final String ROUTE_BY_KIND_NAME = "Route by event kind";
}
