package io.tapeflow.simulator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.TickerProfile;

/** {@code /v3/reference/tickers/{ticker}}: an overview built from the simulated ticker's profile. */
final class TickerEndpoint {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final MarketPlan plan;

  TickerEndpoint(MarketPlan plan) {
    this.plan = plan;
  }

  RestHandler.RestResponse overview(String ticker) {
    TickerProfile p = plan.ticker(ticker);
    if (p == null) {
      return RestHandler.RestResponse.json(404, "{\"status\":\"NOT_FOUND\",\"request_id\":\""
          + RestHandler.requestId() + "\",\"message\":\"Ticker not found.\"}");
    }
    long shares = 10_000_000L + (Math.abs((long) ticker.hashCode()) % 5_000L) * 1_000_000L;
    ObjectNode r = JSON.createObjectNode();
    r.put("ticker", ticker).put("name", ticker + " Simulated Holdings Inc.").put("market", "stocks")
        .put("locale", "us").put("primary_exchange", mic(p.primaryExchange())).put("type", "CS")
        .put("active", true).put("currency_name", "usd").put("cik", String.format("%010d", 1_000_000 + p.index()))
        .put("composite_figi", "BBGSIM" + String.format("%06d", p.index()))
        .put("share_class_figi", "BBGSIC" + String.format("%06d", p.index()))
        .put("market_cap", shares * p.startCents() / 100).put("description", "A simulated company.")
        .put("ticker_root", ticker).put("list_date", "2000-01-03").put("round_lot", 100)
        .put("share_class_shares_outstanding", shares).put("weighted_shares_outstanding", shares);
    ObjectNode root = JSON.createObjectNode();
    root.set("results", r);
    root.put("status", "OK").put("request_id", RestHandler.requestId());
    return RestHandler.RestResponse.json(200, root.toString());
  }

  private static String mic(int exchange) {
    return switch (exchange) {
      case 10 -> "XNYS";
      case 11 -> "ARCX";
      case 1 -> "XASE";
      default -> "XNAS";
    };
  }
}
