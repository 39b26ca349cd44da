package io.tapeflow.sources.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Reject;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Decodes a saved REST response body without knowing which endpoint produced it, by its shape: aggregates, Polygon
 * or Benzinga news, v3 trades or quotes, ticker details. For {@code inspect}; the client knows its endpoint.
 */
public final class RestResponseDecoder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private RestResponseDecoder() {}

    /**
     * Decodes {@code body}; each record goes to {@code records} with its kind ({@code aggregate}, {@code news},
     * {@code trade}, {@code quote}, {@code ticker}), each undecodable item to {@code rejects}.
     *
     * @param location names the input in rejects, e.g. a file name
     * @param tickerHint the ticker for responses whose items do not carry one (v3 trades/quotes), or null
     */
    public static void decode(String body, String location, String tickerHint, BiConsumer<String, Object> records,
            Consumer<Reject> rejects) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            rejects.accept(Reject.of(RestJsonDecoders.ORIGIN, location, "not JSON: " + e.getMessage().lines().findFirst().orElse(""), body));
            return;
        }
        if (root == null || !root.isObject()) {
            rejects.accept(Reject.of(RestJsonDecoders.ORIGIN, location, "not a JSON object", body));
            return;
        }
        JsonNode results = root.path("results");
        String ticker = root.hasNonNull("ticker") ? root.get("ticker").asText() : tickerHint;
        try {
            if (results.isObject()) {
                records.accept("ticker", RestJsonDecoders.tickerDetails(results, null));
                return;
            }
        } catch (RestDecodeException e) {
            rejects.accept(Reject.of(RestJsonDecoders.ORIGIN, location, e.getMessage(), results.toString()));
            return;
        }
        if (!results.isArray()) {
            rejects.accept(Reject.of(RestJsonDecoders.ORIGIN, location,
                    "no results (status " + root.path("status").asText("?") + ")", body));
            return;
        }
        String timeframe = dailyBars(results) ? Aggregate.DAY : Aggregate.MINUTE;
        int i = 0;
        for (JsonNode item : results) {
            String where = location + " results[" + i++ + "]";
            try {
                if (item.has("benzinga_id")) {
                    records.accept("news", RestJsonDecoders.benzingaNews(item));
                } else if (item.has("article_url") || item.has("publisher")) {
                    records.accept("news", RestJsonDecoders.polygonNews(item));
                } else if (item.has("bid_price") || item.has("ask_price")) {
                    records.accept("quote", RestJsonDecoders.quote(item, ticker));
                } else if (item.has("sip_timestamp")) {
                    records.accept("trade", RestJsonDecoders.trade(item, ticker));
                } else if (item.has("o") && item.has("t")) {
                    String t = item.hasNonNull("T") ? item.get("T").asText() : ticker;
                    records.accept("aggregate", RestJsonDecoders.aggregate(item, t, timeframe));
                } else {
                    rejects.accept(Reject.of(RestJsonDecoders.ORIGIN, where, "unknown result shape", item.toString()));
                }
            } catch (RestDecodeException e) {
                rejects.accept(Reject.of(RestJsonDecoders.ORIGIN, where, e.getMessage(), item.toString()));
            }
        }
    }

    /** Day bars start at 00:00 New York (PROTOCOL.md 2.7); minute bars almost never all do. */
    private static boolean dailyBars(JsonNode results) {
        boolean any = false;
        for (JsonNode item : results) {
            if (!item.has("t")) {
                continue;
            }
            any = true;
            if (Instant.ofEpochMilli(item.get("t").asLong()).atZone(NEW_YORK).toLocalTime().toSecondOfDay() != 0) {
                return false;
            }
        }
        return any;
    }
}
