package io.tapeflow.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.tapeflow.simulator.scenario.HaltSpec;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.scenario.ScriptedHalt;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** REST from the same generated market: auth errors, aggregates with cursor pagination, news, tickers, faults. */
@Timeout(60)
class RestITCase {
  private final OkHttpClient http = new OkHttpClient();
  private PolygonSimulator sim;

  @AfterEach
  void stop() {
    if (sim != null) {
      sim.close();
    }
  }

  private void start(ScenarioSpec spec) {
    sim = PolygonSimulator.builder().apiKeys("key1").speed(0).scenario(spec).start();
  }

  private record Reply(int code, String contentType, JsonNode json, String text) {}

  private Reply get(String pathOrUrl, String bearer) throws Exception {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : sim.restUrl() + pathOrUrl;
    Request.Builder b = new Request.Builder().url(url);
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    try (Response r = http.newCall(b.build()).execute()) {
      String body = r.body().string();
      JsonNode json = r.header("Content-Type", "").startsWith("application/json") ? WsTestClient.JSON.readTree(body) : null;
      return new Reply(r.code(), r.header("Content-Type"), json, body);
    }
  }

  @Test
  void aMissingOrUnknownKeyGets401WithPolygonsErrorBodies() throws Exception {
    start(ScenarioSpec.basic(3, 1));
    Reply missing = get("/v3/reference/tickers/AAPL", null);
    assertThat(missing.code()).isEqualTo(401);
    assertThat(missing.json().path("status").asText()).isEqualTo("ERROR");
    assertThat(missing.json().path("error").asText()).isEqualTo("API Key was not provided");
    assertThat(missing.json().has("request_id")).isTrue();
    Reply unknown = get("/v3/reference/tickers/AAPL", "nope");
    assertThat(unknown.code()).isEqualTo(401);
    assertThat(unknown.json().path("error").asText()).isEqualTo("Unknown API Key");
    assertThat(get("/v3/reference/tickers/AAPL?apiKey=key1", null).code()).isEqualTo(200);
  }

  @Test
  void minuteAggregatesPageThroughNextUrlCursorsAndMatchTheBarsOnTheWebSocket() throws Exception {
    // Given: an hour of market; the WebSocket's final AM bars for AAPL
    start(ScenarioSpec.basic(3, 5).withTimes(LocalTime.of(9, 30), LocalTime.of(10, 30)));
    Map<Long, JsonNode> wsBars = new LinkedHashMap<>();
    try (WsTestClient c = WsTestClient.authenticated(sim, "key1")) {
      c.subscribe("AM.AAPL");
      assertThat(sim.awaitFeedEnd(java.time.Duration.ofSeconds(40))).isTrue();
      String frame;
      while ((frame = c.frames.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
        for (JsonNode e : WsTestClient.JSON.readTree(frame)) {
          wsBars.put(e.path("s").asLong(), e); // a re-sent bar replaces the earlier one
        }
      }
    }
    // When: 25 base bars per page
    List<JsonNode> results = new ArrayList<>();
    String next = "/v2/aggs/ticker/AAPL/range/1/minute/2024-03-15/2024-03-15?limit=25";
    int pages = 0;
    while (next != null) {
      Reply page = get(next, "key1");
      assertThat(page.code()).isEqualTo(200);
      assertThat(page.json().path("status").asText()).isEqualTo("OK");
      page.json().path("results").forEach(results::add);
      next = page.json().has("next_url") ? page.json().path("next_url").asText() : null;
      if (next != null) {
        assertThat(next).contains("cursor=").doesNotContain("key1");
      }
      pages++;
    }
    // Then
    assertThat(pages).isGreaterThan(2);
    assertThat(results).hasSameSizeAs(wsBars.values());
    long previous = 0;
    for (JsonNode r : results) {
      long t = r.path("t").asLong();
      assertThat(t).isGreaterThan(previous);
      previous = t;
      JsonNode am = wsBars.get(t);
      assertThat(am).as("AM bar for " + t).isNotNull();
      for (String f : new String[] {"o", "h", "l", "c", "v", "vw"}) {
        assertThat(r.path(f).decimalValue()).as(f).isEqualByComparingTo(am.path(f).decimalValue());
      }
      assertThat(r.path("n").asInt()).isPositive();
    }
  }

  @Test
  void aBurstOf429sAndAServerErrorPassThenTheApiAnswersAgain() throws Exception {
    start(ScenarioSpec.basic(3, 1));
    sim.restFaults().rateLimitNext(2);
    assertThat(get("/v3/reference/tickers/AAPL", "key1").code()).isEqualTo(429);
    Reply second = get("/v3/reference/tickers/AAPL", "key1");
    assertThat(second.code()).isEqualTo(429);
    assertThat(second.json().path("error").asText()).contains("exceeded the maximum requests");
    sim.restFaults().failNext(1);
    Reply error = get("/v3/reference/tickers/AAPL", "key1");
    assertThat(error.code()).isEqualTo(502);
    assertThat(error.contentType()).startsWith("text/html");
    assertThat(get("/v3/reference/tickers/AAPL", "key1").code()).isEqualTo(200);
  }

  @Test
  void newsForAScriptedNewsHaltIsPublishedShortlyBeforeIt() throws Exception {
    // Given
    start(ScenarioSpec.basic(4, 2).withHalts(List.of(
        new HaltSpec(HaltSpec.Kind.NEWS, HaltSpec.Direction.NONE, 1, LocalTime.of(10, 0)))));
    ScriptedHalt halt = sim.script().get(0);
    // When
    Reply polygon = get("/v2/reference/news?ticker=" + halt.ticker() + "&published_utc.gte=2024-03-15", "key1");
    Reply benzinga = get("/benzinga/v2/news?tickers=" + halt.ticker(), "key1");
    Reply other = get("/v2/reference/news?ticker=NOPE", "key1");
    // Then
    JsonNode item = polygon.json().path("results").get(0);
    assertThat(item.path("id").asText()).isEqualTo(halt.newsId());
    assertThat(item.path("tickers").get(0).asText()).isEqualTo(halt.ticker());
    long publishedMs = java.time.Instant.parse(item.path("published_utc").asText()).toEpochMilli();
    assertThat(publishedMs).isLessThan(halt.haltStartNs() / 1_000_000L)
        .isGreaterThan(halt.haltStartNs() / 1_000_000L - 3_600_000L);
    assertThat(benzinga.json().path("results").get(0).path("benzinga_id").isInt()).isTrue();
    assertThat(other.json().path("results").size()).isZero();
  }

  @Test
  void tickerOverviewExistsForSimulatedTickersOnly() throws Exception {
    start(ScenarioSpec.basic(3, 1));
    Reply aapl = get("/v3/reference/tickers/AAPL", "key1");
    assertThat(aapl.json().path("results").path("ticker").asText()).isEqualTo("AAPL");
    assertThat(aapl.json().path("results").path("weighted_shares_outstanding").asLong()).isPositive();
    assertThat(get("/v3/reference/tickers/ZZZZ", "key1").code()).isEqualTo(404);
  }

  @Test
  void v3TradesAndQuotesReturnTheWebSocketsTicksInNanosecondsPageByPage() throws Exception {
    // Given: ten minutes of market, and what the WebSocket sent for MSFT
    start(ScenarioSpec.basic(3, 9).withRateScale(0.3).withTimes(LocalTime.of(9, 30), LocalTime.of(9, 40)));
    List<String> wsTrades = new ArrayList<>();
    Map<Long, JsonNode> wsQuotesBySeq = new LinkedHashMap<>();
    try (WsTestClient c = WsTestClient.authenticated(sim, "key1")) {
      c.subscribe("T.MSFT,Q.MSFT");
      assertThat(sim.awaitFeedEnd(java.time.Duration.ofSeconds(40))).isTrue();
      String frame;
      while ((frame = c.frames.poll(500, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
        for (JsonNode e : WsTestClient.JSON.readTree(frame)) {
          if (e.path("ev").asText().equals("T")) {
            wsTrades.add(e.path("i").asText() + "@" + e.path("t").asLong());
          } else {
            wsQuotesBySeq.put(e.path("q").asLong(), e);
          }
        }
      }
    }
    long from = sim.market().clock().ns(LocalTime.of(9, 30));
    long to = sim.market().clock().ns(LocalTime.of(9, 40));
    // When
    List<JsonNode> trades = pages("/v3/trades/MSFT?timestamp.gte=" + from + "&timestamp.lte=" + to
        + "&order=asc&sort=timestamp&limit=200");
    List<JsonNode> quotes = pages("/v3/quotes/MSFT?timestamp.gte=" + from + "&timestamp.lte=" + to
        + "&order=asc&sort=timestamp&limit=500");
    // Then: the same trades (ids and ms times; ns on REST), in time order; quote sizes in shares
    List<String> restTrades = new ArrayList<>();
    long previous = 0;
    for (JsonNode t : trades) {
      long sip = t.path("sip_timestamp").asLong();
      assertThat(sip).isGreaterThanOrEqualTo(previous).isGreaterThan(1_000_000_000_000_000_000L);
      previous = sip;
      restTrades.add(t.path("id").asText() + "@" + sip / 1_000_000L);
    }
    assertThat(restTrades).containsExactlyInAnyOrderElementsOf(wsTrades);
    assertThat(quotes).hasSameSizeAs(wsQuotesBySeq.values());
    for (JsonNode q : quotes) {
      JsonNode ws = wsQuotesBySeq.get(q.path("sequence_number").asLong());
      assertThat(q.path("bid_size").asLong()).isEqualTo(ws.path("bs").asLong() * 100);
      assertThat(q.path("ask_price").decimalValue()).isEqualByComparingTo(ws.path("ap").decimalValue());
    }
  }

  private List<JsonNode> pages(String first) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    String next = first;
    int pages = 0;
    while (next != null) {
      Reply page = get(next, "key1");
      assertThat(page.code()).isEqualTo(200);
      page.json().path("results").forEach(out::add);
      next = page.json().has("next_url") ? page.json().path("next_url").asText() : null;
      pages++;
    }
    assertThat(pages).isGreaterThan(1);
    return out;
  }
}
