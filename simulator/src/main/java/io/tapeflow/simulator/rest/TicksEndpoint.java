package io.tapeflow.simulator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.Quote;
import io.tapeflow.simulator.scenario.SessionClock;
import io.tapeflow.simulator.scenario.TickerDay;
import io.tapeflow.simulator.scenario.TickerProfile;
import io.tapeflow.simulator.scenario.Trade;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /v3/trades/{t}} and {@code /v3/quotes/{t}} (ns timestamps, {@code timestamp.gte/gt/lte/lt}, order,
 * limit, cursor). The ticker's day is regenerated per request (nothing cached: a liquid name's day is
 * millions of rows); quote sizes are in shares as REST documents them.
 */
final class TicksEndpoint {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MarketPlan plan;

  TicksEndpoint(MarketPlan plan) {
    this.plan = plan;
  }

  RestHandler.RestResponse list(String url, boolean trades, String ticker, Map<String, List<String>> params) {
    Map<String, List<String>> q = params;
    if (params.containsKey("cursor")) {
      q = new QueryStringDecoder("?" + new String(Base64.getUrlDecoder().decode(params.get("cursor").get(0)),
          StandardCharsets.UTF_8)).parameters();
    }
    long from = Long.MIN_VALUE;
    long to = Long.MAX_VALUE;
    if (q.containsKey("timestamp")) {
      String v = first(q, "timestamp", null);
      from = ns(v, false);
      to = v.length() == 10 ? ns(v, true) : from;
    }
    from = Math.max(from, q.containsKey("timestamp.gte") ? ns(first(q, "timestamp.gte", null), false) : from);
    from = Math.max(from, q.containsKey("timestamp.gt") ? ns(first(q, "timestamp.gt", null), true) + 1 : from);
    to = Math.min(to, q.containsKey("timestamp.lte") ? ns(first(q, "timestamp.lte", null), true) : to);
    to = Math.min(to, q.containsKey("timestamp.lt") ? ns(first(q, "timestamp.lt", null), false) - 1 : to);
    int limit = Math.min(50_000, Integer.parseInt(first(q, "limit", "1000")));
    int offset = Integer.parseInt(first(q, "offset", "0"));
    String order = first(q, "order", "desc");
    List<Object> rows = rows(trades, ticker, from, to);
    if (order.equals("desc")) {
      Collections.reverse(rows);
    }
    ArrayNode results = JSON.createArrayNode();
    for (Object row : rows.subList(Math.min(offset, rows.size()), Math.min(offset + limit, rows.size()))) {
      results.add(row instanceof Trade t ? trade(t) : quote((Quote) row));
    }
    ObjectNode root = JSON.createObjectNode();
    root.set("results", results);
    root.put("status", "OK").put("request_id", RestHandler.requestId());
    if (offset + limit < rows.size()) {
      String cursor = "timestamp.gte=" + from + "&timestamp.lte=" + to + "&order=" + order + "&limit=" + limit
          + "&offset=" + (offset + limit);
      root.put("next_url", url + "?cursor="
          + Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
    }
    return RestHandler.RestResponse.json(200, root.toString());
  }

  /** The ticker's trades (by SIP time, late prints in place) or quotes within [from, to]. */
  private List<Object> rows(boolean trades, String ticker, long from, long to) {
    TickerProfile p = plan.ticker(ticker);
    List<Object> out = new ArrayList<>();
    if (p == null) {
      return out;
    }
    TickerDay.generate(plan, p, ev -> {
      if (trades && ev.data instanceof Trade t && t.sipNs() >= from && t.sipNs() <= to) {
        out.add(t);
      } else if (!trades && ev.data instanceof Quote qu && qu.sipNs() >= from && qu.sipNs() <= to) {
        out.add(qu);
      }
    });
    if (trades) {
      out.sort(Comparator.comparingLong(o -> ((Trade) o).sipNs()));
    }
    return out;
  }

  private static ObjectNode trade(Trade t) {
    ObjectNode n = JSON.createObjectNode();
    if (t.conditions().length > 0) {
      ArrayNode c = n.putArray("conditions");
      for (int v : t.conditions()) {
        c.add(v);
      }
    }
    n.put("correction", 0).put("exchange", t.exchange()).put("id", t.id())
        .put("participant_timestamp", t.participantNs()).put("price", BigDecimal.valueOf(t.priceCents(), 2))
        .put("sequence_number", t.seq()).put("sip_timestamp", t.sipNs()).put("size", t.size())
        .put("tape", t.tape());
    if (t.trfId() != 0) {
      n.put("trf_id", t.trfId()).put("trf_timestamp", t.trfNs());
    }
    return n;
  }

  private static ObjectNode quote(Quote q) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ask_exchange", q.askExchange()).put("ask_price", BigDecimal.valueOf(q.askCents(), 2))
        .put("ask_size", q.askLots() * 100).put("bid_exchange", q.bidExchange())
        .put("bid_price", BigDecimal.valueOf(q.bidCents(), 2)).put("bid_size", q.bidLots() * 100);
    n.putArray("conditions").add(q.condition());
    if (q.indicators().length > 0) {
      ArrayNode i = n.putArray("indicators");
      for (int v : q.indicators()) {
        i.add(v);
      }
    }
    n.put("participant_timestamp", q.participantNs()).put("sequence_number", q.seq())
        .put("sip_timestamp", q.sipNs()).put("tape", q.tape());
    return n;
  }

  /** ns integer, or a date (start of day, or its last ns when {@code endOfDay}). */
  private static long ns(String v, boolean endOfDay) {
    if (v.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(v);
    }
    LocalDate d = LocalDate.parse(v.substring(0, 10));
    long start = d.atStartOfDay(SessionClock.NEW_YORK).toEpochSecond() * 1_000_000_000L;
    return endOfDay ? start + 86_400_000_000_000L - 1 : start;
  }

  private static String first(Map<String, List<String>> q, String key, String dflt) {
    List<String> v = q.get(key);
    return v == null || v.isEmpty() ? dflt : v.get(0);
  }
}
