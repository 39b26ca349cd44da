package io.tapeflow.simulator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.tapeflow.simulator.scenario.Bar;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.SessionClock;
import io.tapeflow.simulator.scenario.TickerDay;
import io.tapeflow.simulator.scenario.TickerProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /v2/aggs/ticker/{t}/range/{m}/{timespan}/{from}/{to}} from the generated minute bars: {@code limit}
 * caps the base minute bars read (as Polygon documents), and {@code next_url} carries a {@code cursor} with
 * the remaining query when more are left.
 */
final class AggsEndpoint {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MarketPlan plan;
  private final Map<String, List<Bar>> bars = new ConcurrentHashMap<>();

  AggsEndpoint(MarketPlan plan) {
    this.plan = plan;
  }

  RestHandler.RestResponse range(String url, String ticker, String multiplier, String timespan, String from,
      String to, Map<String, List<String>> params) {
    Map<String, List<String>> q = params;
    if (params.containsKey("cursor")) {
      String decoded = new String(Base64.getUrlDecoder().decode(params.get("cursor").get(0)), StandardCharsets.UTF_8);
      q = new QueryStringDecoder("?" + decoded).parameters();
    }
    long bucketMs = bucketMs(Integer.parseInt(multiplier), timespan);
    long fromMs = toMs(from, false);
    long toMs = toMs(to, true);
    int limit = Math.min(50_000, Integer.parseInt(first(q, "limit", "5000")));
    int offset = Integer.parseInt(first(q, "offset", "0"));
    String sort = first(q, "sort", "asc");
    List<Bar> base = new ArrayList<>();
    for (Bar b : minuteBars(ticker)) {
      if (b.startMs() >= fromMs && b.startMs() <= toMs) {
        base.add(b);
      }
    }
    if (sort.equals("desc")) {
      Collections.reverse(base);
    }
    List<Bar> page = base.subList(Math.min(offset, base.size()), Math.min(offset + limit, base.size()));
    ArrayNode results = JSON.createArrayNode();
    for (List<Bar> bucket : buckets(page, bucketMs)) {
      results.add(rollUp(bucket, bucketMs));
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("ticker", ticker).put("queryCount", page.size()).put("resultsCount", results.size())
        .put("adjusted", Boolean.parseBoolean(first(q, "adjusted", "true")));
    root.set("results", results);
    root.put("status", "OK").put("request_id", RestHandler.requestId()).put("count", results.size());
    if (offset + limit < base.size()) {
      String cursor = "offset=" + (offset + limit) + "&limit=" + limit + "&sort=" + sort + "&adjusted="
          + first(q, "adjusted", "true");
      root.put("next_url", url + "?cursor="
          + Base64.getUrlEncoder().withoutPadding().encodeToString(cursor.getBytes(StandardCharsets.UTF_8)));
    }
    return RestHandler.RestResponse.json(200, root.toString());
  }

  private List<Bar> minuteBars(String ticker) {
    TickerProfile p = plan.ticker(ticker);
    if (p == null) {
      return List.of();
    }
    return bars.computeIfAbsent(ticker, t -> List.copyOf(TickerDay.generate(plan, p, ev -> { }).minuteBars()));
  }

  private static List<List<Bar>> buckets(List<Bar> page, long bucketMs) {
    List<List<Bar>> out = new ArrayList<>();
    long current = Long.MIN_VALUE;
    for (Bar b : page) {
      long start = bucketStart(b.startMs(), bucketMs);
      if (start != current) {
        out.add(new ArrayList<>());
        current = start;
      }
      out.get(out.size() - 1).add(b);
    }
    return out;
  }

  private ObjectNode rollUp(List<Bar> bucket, long bucketMs) {
    Bar first = bucket.get(0);
    long o = first.o();
    long c = bucket.get(bucket.size() - 1).c();
    long h = Long.MIN_VALUE;
    long l = Long.MAX_VALUE;
    long v = 0;
    double notional = 0;
    int n = 0;
    long minStart = Long.MAX_VALUE;
    for (Bar b : bucket) {
      h = Math.max(h, b.h());
      l = Math.min(l, b.l());
      v += b.volume();
      notional += b.vwap() * b.volume();
      n += b.trades();
      minStart = Math.min(minStart, b.startMs());
    }
    if (bucket.size() > 1 && first.startMs() > bucket.get(bucket.size() - 1).startMs()) {
      o = bucket.get(bucket.size() - 1).o(); // descending page: the first bar in time is the last one
      c = first.c();
    }
    long t = bucketStart(minStart, bucketMs);
    ObjectNode r = JSON.createObjectNode();
    r.put("v", v).put("vw", round4(v == 0 ? c / 100.0 : notional / v)).put("o", cents(o)).put("c", cents(c))
        .put("h", cents(h)).put("l", cents(l)).put("t", t).put("n", n);
    return r;
  }

  /** Day buckets start at 00:00 America/New_York; intraday buckets are aligned to the epoch. */
  private static long bucketStart(long ms, long bucketMs) {
    if (bucketMs == 86_400_000L) {
      return java.time.Instant.ofEpochMilli(ms).atZone(SessionClock.NEW_YORK).toLocalDate()
          .atStartOfDay(SessionClock.NEW_YORK).toInstant().toEpochMilli();
    }
    return Math.floorDiv(ms, bucketMs) * bucketMs;
  }

  private long bucketMs(int multiplier, String timespan) {
    return switch (timespan) {
      case "minute" -> 60_000L * multiplier;
      case "hour" -> 3_600_000L * multiplier;
      case "day" -> 86_400_000L;
      default -> throw new IllegalArgumentException("unsupported timespan " + timespan);
    };
  }

  private long toMs(String value, boolean endOfDay) {
    if (value.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(value);
    }
    LocalDate d = LocalDate.parse(value);
    LocalDate day = endOfDay ? d.plusDays(1) : d;
    long ms = day.atStartOfDay(SessionClock.NEW_YORK).toInstant().toEpochMilli();
    return endOfDay ? ms - 1 : ms;
  }

  private static BigDecimal cents(long c) {
    return BigDecimal.valueOf(c, 2).stripTrailingZeros();
  }

  private static BigDecimal round4(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private static String first(Map<String, List<String>> q, String key, String dflt) {
    List<String> v = q.get(key);
    return v == null || v.isEmpty() ? dflt : v.get(0);
  }
}
