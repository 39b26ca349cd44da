package io.tapeflow.sources.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * JSON result items to model records (PROTOCOL.md section 4). Integer fields are read only from integer nodes, so
 * 19-digit ns timestamps keep every digit Polygon sent (they may already be float64-rounded at the source, 5.6).
 */
final class RestJsonDecoders {
    static final String ORIGIN = "rest";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private RestJsonDecoders() {}

    static Aggregate aggregate(JsonNode n, String ticker, String timeframe) throws RestDecodeException {
        Aggregate a = new Aggregate();
        a.ticker = ticker;
        a.timeframe = timeframe;
        a.startMs = requireLong(n, "t");
        a.endMs = Aggregate.MINUTE.equals(timeframe) ? a.startMs + 60_000L
                : Instant.ofEpochMilli(a.startMs).atZone(NEW_YORK).toLocalDate().plusDays(1).atStartOfDay(NEW_YORK)
                        .toInstant().toEpochMilli();
        a.open = requireDouble(n, "o");
        a.high = requireDouble(n, "h");
        a.low = requireDouble(n, "l");
        a.close = requireDouble(n, "c");
        a.volume = requireDouble(n, "v");
        a.vwap = optDouble(n, "vw");
        a.trades = optLong(n, "n");
        a.otc = n.path("otc").asBoolean(false);
        a.origin = ORIGIN;
        return a;
    }

    static News polygonNews(JsonNode n) throws RestDecodeException {
        News x = new News();
        x.id = requireText(n, "id");
        x.source = News.POLYGON;
        x.publishedUtc = requireTime(n, "published_utc");
        x.title = requireText(n, "title");
        x.teaser = n.path("description").asText(null);
        x.url = n.path("article_url").asText(null);
        x.tickers = strings(n.path("tickers"));
        return x;
    }

    static News benzingaNews(JsonNode n) throws RestDecodeException {
        News x = new News();
        JsonNode id = n.get("benzinga_id");
        if (id == null || id.isNull() || !(id.isIntegralNumber() || id.isTextual())) throw new RestDecodeException("benzinga_id is missing");
        x.id = id.asText();
        x.source = News.BENZINGA;
        x.publishedUtc = requireTime(n, "published");
        x.title = requireText(n, "title");
        x.teaser = n.path("teaser").asText(null);
        x.url = n.path("url").asText(null);
        x.tickers = strings(n.path("tickers"));
        x.channels = strings(n.path("channels"));
        return x;
    }

    static TickerDetails tickerDetails(JsonNode r, String asOf) throws RestDecodeException {
        TickerDetails t = new TickerDetails();
        t.ticker = requireText(r, "ticker");
        t.name = r.path("name").asText(null);
        t.primaryExchange = r.path("primary_exchange").asText(null);
        t.marketCap = optDouble(r, "market_cap");
        t.shareClassSharesOutstanding = optDouble(r, "share_class_shares_outstanding");
        t.weightedSharesOutstanding = optDouble(r, "weighted_shares_outstanding");
        t.type = r.path("type").asText(null);
        t.asOf = asOf;
        return t;
    }

    static Trade trade(JsonNode n, String ticker) throws RestDecodeException {
        Trade t = new Trade();
        t.ticker = ticker;
        t.sipTs = requireLong(n, "sip_timestamp");
        t.participantTs = optLong(n, "participant_timestamp");
        t.trfTs = optLong(n, "trf_timestamp");
        t.exchange = (int) requireLong(n, "exchange");
        t.tradeId = requireText(n, "id");
        t.price = requireDouble(n, "price");
        JsonNode decimal = n.get("decimal_size");
        t.size = decimal != null && decimal.isTextual() ? parseDecimal(decimal.asText(), "decimal_size") : requireDouble(n, "size");
        t.conditions = ints(n.path("conditions"));
        t.tape = (int) optLong(n, "tape");
        t.sequence = optLong(n, "sequence_number");
        t.trfId = (int) optLong(n, "trf_id");
        t.correction = (int) optLong(n, "correction");
        t.origin = ORIGIN;
        return t;
    }

    static Quote quote(JsonNode n, String ticker) throws RestDecodeException {
        Quote q = new Quote();
        q.ticker = ticker;
        q.sipTs = requireLong(n, "sip_timestamp");
        q.participantTs = optLong(n, "participant_timestamp");
        q.askExchange = (int) optLong(n, "ask_exchange");
        q.askPrice = requireDouble(n, "ask_price");
        q.askSize = optDouble(n, "ask_size");
        q.bidExchange = (int) optLong(n, "bid_exchange");
        q.bidPrice = requireDouble(n, "bid_price");
        q.bidSize = optDouble(n, "bid_size");
        q.conditions = ints(n.path("conditions"));
        q.indicators = ints(n.path("indicators"));
        q.tape = (int) optLong(n, "tape");
        q.sequence = optLong(n, "sequence_number");
        q.sizeUnit = Quote.SHARES;
        q.origin = ORIGIN;
        return q;
    }

    // ---- helpers ----

    private static long requireLong(JsonNode n, String f) throws RestDecodeException {
        JsonNode v = n.get(f);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) throw new RestDecodeException(f + " is missing or not an integer");
        return v.longValue();
    }

    private static long optLong(JsonNode n, String f) throws RestDecodeException {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) return 0L;
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw new RestDecodeException(f + " is not an integer");
        return v.longValue();
    }

    private static double requireDouble(JsonNode n, String f) throws RestDecodeException {
        JsonNode v = n.get(f);
        if (v == null || !v.isNumber()) throw new RestDecodeException(f + " is missing or not a number");
        return v.doubleValue();
    }

    private static double optDouble(JsonNode n, String f) throws RestDecodeException {
        JsonNode v = n.get(f);
        if (v == null || v.isNull()) return 0.0;
        if (!v.isNumber()) throw new RestDecodeException(f + " is not a number");
        return v.doubleValue();
    }

    private static String requireText(JsonNode n, String f) throws RestDecodeException {
        JsonNode v = n.get(f);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) throw new RestDecodeException(f + " is missing");
        return v.asText();
    }

    private static long requireTime(JsonNode n, String f) throws RestDecodeException {
        String s = requireText(n, f);
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new RestDecodeException(f + " is not an RFC 3339 time: " + s);
        }
    }

    private static double parseDecimal(String s, String f) throws RestDecodeException {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new RestDecodeException(f + " is not a decimal: " + s);
        }
    }

    private static String[] strings(JsonNode arr) {
        if (!arr.isArray()) return new String[0];
        String[] out = new String[arr.size()];
        for (int i = 0; i < out.length; i++) out[i] = arr.get(i).asText();
        return out;
    }

    private static int[] ints(JsonNode arr) throws RestDecodeException {
        if (arr.isMissingNode() || arr.isNull()) return new int[0];
        if (!arr.isArray()) throw new RestDecodeException("expected an array of codes");
        int[] out = new int[arr.size()];
        for (int i = 0; i < out.length; i++) {
            if (!arr.get(i).isIntegralNumber()) throw new RestDecodeException("code list holds a non-integer");
            out[i] = arr.get(i).intValue();
        }
        return out;
    }
}
