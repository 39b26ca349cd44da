package io.tapeflow.simulator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.ScriptedHalt;
import io.tapeflow.simulator.scenario.SessionClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /v2/reference/news} and {@code /benzinga/v2/news}: one item per scripted news halt, published two
 * minutes before it, with the filters a halt-news join uses (ticker(s), published range, order, limit).
 */
final class NewsEndpoint {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

  private final List<ScriptedHalt> items = new ArrayList<>();

  NewsEndpoint(MarketPlan plan) {
    for (ScriptedHalt h : plan.script()) {
      if (h.newsId() != null) {
        items.add(h);
      }
    }
    items.sort(Comparator.comparingLong(ScriptedHalt::newsPublishedNs));
  }

  RestHandler.RestResponse polygon(Map<String, List<String>> q) {
    ArrayNode results = JSON.createArrayNode();
    for (ScriptedHalt h : select(q, "ticker", "published_utc", "10")) {
      ObjectNode n = results.addObject();
      n.put("id", h.newsId());
      ObjectNode pub = n.putObject("publisher");
      pub.put("name", "Simulated Wire").put("homepage_url", "https://news.example.invalid/")
          .put("logo_url", "https://news.example.invalid/logo.svg")
          .put("favicon_url", "https://news.example.invalid/favicon.ico");
      n.put("title", title(h)).put("author", "Simulated Wire Staff").put("published_utc", rfc3339(h.newsPublishedNs()))
          .put("article_url", "https://news.example.invalid/" + h.newsId());
      n.putArray("tickers").add(h.ticker());
      n.put("amp_url", "https://news.example.invalid/amp/" + h.newsId())
          .put("image_url", "https://news.example.invalid/img/" + h.newsId() + ".jpg")
          .put("description", teaser(h));
      n.putArray("keywords").add("trading halt").add("news");
      ObjectNode insight = n.putArray("insights").addObject();
      insight.put("ticker", h.ticker()).put("sentiment", "neutral")
          .put("sentiment_reasoning", "Trading halted pending the announcement.");
    }
    return envelope(results);
  }

  RestHandler.RestResponse benzinga(Map<String, List<String>> q) {
    ArrayNode results = JSON.createArrayNode();
    for (ScriptedHalt h : select(q, "tickers", "published", "100")) {
      ObjectNode n = results.addObject();
      n.put("benzinga_id", 40_000_000 + Math.abs(h.newsId().hashCode() % 1_000_000))
          .put("author", "Simulated Wire Staff").put("title", title(h)).put("teaser", teaser(h))
          .put("body", "<p>" + teaser(h) + "</p>").put("url", "https://news.example.invalid/bz/" + h.newsId())
          .put("published", rfc3339(h.newsPublishedNs())).put("last_updated", rfc3339(h.newsPublishedNs()));
      n.putArray("channels").add("News");
      n.putArray("tags").add("Halt");
      n.putArray("tickers").add(h.ticker());
      n.putArray("images");
    }
    return envelope(results);
  }

  private List<ScriptedHalt> select(Map<String, List<String>> q, String tickerParam, String timeParam,
      String defaultLimit) {
    List<ScriptedHalt> out = new ArrayList<>();
    String tickers = first(q, tickerParam, first(q, tickerParam + ".any_of", null));
    for (ScriptedHalt h : items) {
      if (tickers != null && !List.of(tickers.split(",")).contains(h.ticker())) {
        continue;
      }
      long t = h.newsPublishedNs();
      if (!within(t, first(q, timeParam + ".gte", null), 0) || !within(t, first(q, timeParam + ".gt", null), 1)
          || !within(t, first(q, timeParam + ".lte", null), 2) || !within(t, first(q, timeParam + ".lt", null), 3)
          || !within(t, first(q, timeParam, null), 0)) {
        continue;
      }
      out.add(h);
    }
    String order = first(q, "order", first(q, "sort", "desc"));
    if (order.endsWith("desc")) {
      java.util.Collections.reverse(out);
    }
    int limit = Integer.parseInt(first(q, "limit", defaultLimit));
    return out.subList(0, Math.min(limit, out.size()));
  }

  /** op: 0 gte, 1 gt, 2 lte, 3 lt; bound as date, RFC 3339 or integer seconds. */
  private static boolean within(long ns, String bound, int op) {
    if (bound == null) {
      return true;
    }
    long b = parseNs(bound);
    return switch (op) {
      case 0 -> ns >= b;
      case 1 -> ns > b;
      case 2 -> ns <= b;
      default -> ns < b;
    };
  }

  private static long parseNs(String v) {
    if (v.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(v) * 1_000_000_000L;
    }
    Instant i = v.length() == 10 ? LocalDate.parse(v).atStartOfDay(SessionClock.NEW_YORK).toInstant()
        : OffsetDateTime.parse(v).toInstant();
    return i.getEpochSecond() * 1_000_000_000L + i.getNano();
  }

  private static RestHandler.RestResponse envelope(ArrayNode results) {
    ObjectNode root = JSON.createObjectNode();
    root.set("results", results);
    root.put("status", "OK").put("request_id", RestHandler.requestId()).put("count", results.size());
    return RestHandler.RestResponse.json(200, root.toString());
  }

  private static String title(ScriptedHalt h) {
    return h.ticker() + " to announce material corporate development; shares halted pending news";
  }

  private static String teaser(ScriptedHalt h) {
    return "Trading in " + h.ticker() + " is expected to be halted pending the release of material news.";
  }

  private static String rfc3339(long ns) {
    return RFC3339.format(Instant.ofEpochSecond(ns / 1_000_000_000L).atOffset(java.time.ZoneOffset.UTC));
  }

  private static String first(Map<String, List<String>> q, String key, String dflt) {
    List<String> v = q.get(key);
    return v == null || v.isEmpty() ? dflt : v.get(0);
  }
}
