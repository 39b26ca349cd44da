package io.tapeflow.simulator.rest;

import io.netty.channel.ChannelHandler;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.tapeflow.simulator.scenario.MarketPlan;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * REST over the generated market with Polygon's auth rules (Bearer header or {@code apiKey} query, 401
 * bodies as the real API sends them) and fault knobs; routes to the aggregates, news and ticker endpoints.
 */
@ChannelHandler.Sharable
public class MarketRestHandler extends RestHandler {
  private final Set<String> apiKeys;
  private final RestFaults faults;
  private final AggsEndpoint aggs;
  private final NewsEndpoint news;
  private final TickerEndpoint tickers;
  private final TicksEndpoint ticks;
  private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "sim-rest");
    t.setDaemon(true);
    return t;
  });

  public MarketRestHandler(MarketPlan plan, Set<String> apiKeys, RestFaults faults) {
    this.apiKeys = apiKeys;
    this.faults = faults;
    this.aggs = new AggsEndpoint(plan);
    this.news = new NewsEndpoint(plan);
    this.tickers = new TickerEndpoint(plan);
    this.ticks = new TicksEndpoint(plan);
  }

  @Override
  protected Executor executor() {
    return pool;
  }

  /** Stops the request threads. */
  public void close() {
    pool.shutdownNow();
  }

  @Override
  protected RestResponse handle(String uri, String authorization, String host) {
    QueryStringDecoder q = new QueryStringDecoder(uri);
    Map<String, List<String>> params = q.parameters();
    String key = null;
    if (authorization != null && authorization.startsWith("Bearer ")) {
      key = authorization.substring("Bearer ".length()).trim();
    } else if (params.containsKey("apiKey")) {
      key = params.get("apiKey").get(0);
    }
    if (key == null || key.isEmpty()) {
      return unauthorized("API Key was not provided");
    }
    if (!apiKeys.contains(key)) {
      return unauthorized("Unknown API Key");
    }
    RestResponse fault = faults.maybeFail();
    if (fault != null) {
      return fault;
    }
    String[] parts = q.path().replaceAll("^/+|/+$", "").split("/");
    if (parts.length == 9 && parts[0].equals("v2") && parts[1].equals("aggs") && parts[2].equals("ticker")
        && parts[4].equals("range")) {
      return aggs.range("http://" + host + q.path(), parts[3], parts[5], parts[6], parts[7], parts[8], params);
    }
    if (q.path().equals("/v2/reference/news")) {
      return news.polygon(params);
    }
    if (q.path().equals("/benzinga/v2/news") || q.path().equals("/benzinga/v1/news")) {
      return news.benzinga(params);
    }
    if (parts.length == 3 && parts[0].equals("v3") && (parts[1].equals("trades") || parts[1].equals("quotes"))) {
      return ticks.list("http://" + host + q.path(), parts[1].equals("trades"), parts[2], params);
    }
    if (parts.length == 4 && parts[0].equals("v3") && parts[1].equals("reference") && parts[2].equals("tickers")) {
      return tickers.overview(parts[3]);
    }
    return notFound();
  }

  private static RestResponse unauthorized(String error) {
    return RestResponse.json(401, "{\"status\":\"ERROR\",\"request_id\":\"" + requestId() + "\",\"error\":\""
        + error + "\"}");
  }
}
