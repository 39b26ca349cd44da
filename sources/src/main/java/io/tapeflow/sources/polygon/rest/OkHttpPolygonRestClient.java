package io.tapeflow.sources.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * The real {@link PolygonRestClient}: OkHttp + Jackson behind {@link RestTransport}'s retry, breaker and rate
 * limiter. {@code next_url} is reduced to path and query and re-issued against the configured base URL with the
 * same header (PROTOCOL.md 1.4), so a staging or simulator host is never left and the key never enters a URL.
 */
public final class OkHttpPolygonRestClient implements PolygonRestClient {
    private static final String ORIGIN = RestJsonDecoders.ORIGIN;

    private final RestTransport transport;

    /** Resolves the key once, here: a missing key fails at construction with one line. */
    public OkHttpPolygonRestClient(RestClientConfig config, ApiKeySupplier apiKey) {
        this.transport = new RestTransport(config, apiKey);
    }

    @Override
    public RestPage<Aggregate> aggregates(AggregatesQuery q, String cursor) throws IOException {
        String path = cursor != null ? cursor : "/v2/aggs/ticker/" + segment(q.ticker) + "/range/1/" + q.timespan() + "/"
                + q.from + "/" + q.to + "?adjusted=false&sort=asc&limit=50000";
        return list(path, n -> RestJsonDecoders.aggregate(n, q.ticker, q.timeframe));
    }

    @Override
    public RestPage<News> news(NewsQuery q, String cursor) throws IOException {
        if (cursor != null) return list(cursor, decoderFor(q.vendor));
        StringBuilder p = new StringBuilder();
        boolean polygon = News.POLYGON.equals(q.vendor);
        String published = polygon ? "published_utc" : "published";
        p.append(polygon ? "/v2/reference/news?" : "/benzinga/v2/news?");
        p.append(published).append(".gte=").append(Instant.ofEpochMilli(q.fromMs));
        if (q.toMs != NewsQuery.OPEN_END) p.append('&').append(published).append(".lte=").append(Instant.ofEpochMilli(q.toMs));
        if (q.ticker != null) p.append(polygon ? "&ticker=" : "&tickers=").append(queryValue(q.ticker));
        p.append(polygon ? "&order=asc&sort=published_utc" : "&sort=published.asc").append("&limit=").append(q.limit);
        return list(p.toString(), decoderFor(q.vendor));
    }

    @Override
    public RestPage<Trade> trades(TicksQuery q, String cursor) throws IOException {
        return list(cursor != null ? cursor : ticksPath("/v3/trades/", q), n -> RestJsonDecoders.trade(n, q.ticker));
    }

    @Override
    public RestPage<Quote> quotes(TicksQuery q, String cursor) throws IOException {
        return list(cursor != null ? cursor : ticksPath("/v3/quotes/", q), n -> RestJsonDecoders.quote(n, q.ticker));
    }

    @Override
    public RestPage<TickerDetails> tickerDetails(String ticker, LocalDate asOf) throws IOException {
        String path = "/v3/reference/tickers/" + segment(ticker) + (asOf == null ? "" : "?date=" + asOf);
        RestTransport.RestResponse r = transport.get(path);
        if (r.status == 404) return new RestPage<>(List.of(), List.of(), null);
        JsonNode root = parse(path, r, new ArrayList<>());
        if (root == null) return new RestPage<>(List.of(), List.of(reject(path, r.status, r.body)), null);
        String day = (asOf != null ? asOf : LocalDate.now(ZoneId.of("America/New_York"))).toString();
        try {
            return new RestPage<>(List.of(RestJsonDecoders.tickerDetails(root.path("results"), day)), List.of(), null);
        } catch (RestDecodeException e) {
            return new RestPage<>(List.of(), List.of(Reject.of(ORIGIN, "GET " + path, e.getMessage(), r.body)), null);
        }
    }

    @Override
    public void close() {
        transport.close();
    }

    // ---- helpers ----

    private <T> RestPage<T> list(String path, ItemDecoder<T> decoder) throws IOException {
        RestTransport.RestResponse r = transport.get(path);
        List<Reject> rejects = new ArrayList<>();
        JsonNode root = parse(path, r, rejects);
        if (root == null) return new RestPage<>(List.of(), rejects, null);
        List<T> items = new ArrayList<>();
        JsonNode results = root.path("results");
        for (int i = 0; i < results.size(); i++) {
            JsonNode item = results.get(i);
            try {
                items.add(decoder.decode(item));
            } catch (RestDecodeException e) {
                rejects.add(Reject.of(ORIGIN, "GET " + RestTransport.pathOnly(path) + " results[" + i + "]", e.getMessage(),
                        item.toString()));
            }
        }
        return new RestPage<>(items, rejects, cursorOf(root.path("next_url").asText(null)));
    }

    /** The JSON body of a usable response, or null after adding a reject (error status, non-JSON, bad status). */
    private static JsonNode parse(String path, RestTransport.RestResponse r, List<Reject> rejects) {
        if (r.status >= 400) {
            rejects.add(reject(path, r.status, r.body));
            return null;
        }
        JsonNode root;
        try {
            root = RestTransport.JSON.readTree(r.body);
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            rejects.add(Reject.of(ORIGIN, "GET " + RestTransport.pathOnly(path), "response is not a JSON object", r.body));
            return null;
        }
        String status = root.path("status").asText("OK");
        if (!"OK".equals(status) && !"DELAYED".equals(status)) {
            rejects.add(Reject.of(ORIGIN, "GET " + RestTransport.pathOnly(path), "status " + status
                    + RestTransport.summary(r.body), r.body));
            return null;
        }
        return root;
    }

    private static Reject reject(String path, int status, String body) {
        return Reject.of(ORIGIN, "GET " + RestTransport.pathOnly(path), "HTTP " + status + RestTransport.summary(body), body);
    }

    /** Path + query of {@code next_url}, minus any {@code apiKey} parameter, or null on the last page. */
    static String cursorOf(String nextUrl) {
        if (nextUrl == null || nextUrl.isBlank()) return null;
        HttpUrl url = nextUrl.startsWith("/") ? HttpUrl.parse("http://localhost" + nextUrl) : HttpUrl.parse(nextUrl);
        if (url == null) return null;
        HttpUrl clean = url.newBuilder().removeAllQueryParameters("apiKey").build();
        String q = clean.encodedQuery();
        return clean.encodedPath() + (q == null ? "" : "?" + q);
    }

    private static String ticksPath(String prefix, TicksQuery q) {
        return prefix + segment(q.ticker) + "?timestamp.gte=" + q.fromNs + "&timestamp.lte=" + q.toNs
                + "&order=asc&sort=timestamp&limit=" + q.limit;
    }

    private static String segment(String s) {
        return new HttpUrl.Builder().scheme("http").host("h").addPathSegment(s).build().encodedPath().substring(1);
    }

    private static String queryValue(String s) {
        return new HttpUrl.Builder().scheme("http").host("h").addQueryParameter("v", s).build().encodedQuery().substring(2);
    }

    private static ItemDecoder<News> decoderFor(String vendor) {
        return News.POLYGON.equals(vendor) ? RestJsonDecoders::polygonNews : RestJsonDecoders::benzingaNews;
    }

    @Override
    public String toString() {
        return "OkHttpPolygonRestClient{" + transport + "}";
    }

    /** One result item to one record. */
    @FunctionalInterface
    private interface ItemDecoder<T> {
        T decode(JsonNode item) throws RestDecodeException;
    }
}
