package io.tapeflow.simulator.flatfiles;

import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.Quote;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.scenario.SessionClock;
import io.tapeflow.simulator.scenario.TickerDay;
import io.tapeflow.simulator.scenario.TickerProfile;
import io.tapeflow.simulator.scenario.Trade;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Writes a benchmark day of exactly {@code trades} trade rows and {@code quotes} quote rows across a given number of
 * tickers, as Polygon's trades and quotes flat files (same key layout and columns as {@link FlatFileWriter}).
 *
 * <p>Why thinning instead of a rate: the market model ties quotes to 2-4x the trades, so the day is generated a
 * little above the trade target and each ticker keeps an evenly spaced subset of its rows, sized by its share of the
 * model's rates (shortfalls carry over to the next ticker). Deterministic for a given size and seed.
 */
public final class SizedDayWriter {
  /** Generate this much more than the target so that thinning, not Poisson luck, sets the counts. */
  private static final double HEADROOM = 1.15;

  private final MarketPlan plan;
  private final long trades;
  private final long quotes;

  private SizedDayWriter(MarketPlan plan, long trades, long quotes) {
    this.plan = plan;
    this.trades = trades;
    this.quotes = quotes;
  }

  /** A regular-session day (2024-03-15) of {@code tickers} names sized to the given row counts. */
  public static SizedDayWriter of(int tickers, long trades, long quotes, long seed) {
    ScenarioSpec base = ScenarioSpec.basic(tickers, seed);
    MarketPlan probe = MarketPlan.of(base);
    double seconds = (probe.clock().closeNs - probe.clock().openNs) / 1e9;
    double perSecond = probe.tickers().stream().mapToDouble(TickerProfile::tradesPerSecond).sum();
    double quotesPerTrade = probe.tickers().stream().mapToDouble(TickerProfile::quotesPerSecond).sum() / perSecond;
    double needed = Math.max(trades, quotes / quotesPerTrade) * HEADROOM;
    return new SizedDayWriter(MarketPlan.of(base.withRateScale(needed / (perSecond * seconds))), trades, quotes);
  }

  /** Writes the trades and quotes files under {@code dir}; returns their paths (trades, quotes). */
  public List<Path> write(Path dir) throws IOException {
    SessionClock clock = plan.clock();
    String sub = String.format("%04d/%02d/%s.csv.gz", clock.date.getYear(), clock.date.getMonthValue(), clock.date);
    List<Path> paths = List.of(dir.resolve("us_stocks_sip/trades_v1/" + sub),
        dir.resolve("us_stocks_sip/quotes_v1/" + sub));
    List<TickerProfile> sorted = new ArrayList<>(plan.tickers());
    sorted.sort(Comparator.comparing(TickerProfile::ticker));
    Quotas tradeQuota = new Quotas(trades, sorted, TickerProfile::tradesPerSecond);
    Quotas quoteQuota = new Quotas(quotes, sorted, TickerProfile::quotesPerSecond);
    try (Writer tradeOut = FlatFileWriter.open(paths.get(0), CsvRows.TRADES_HEADER);
        Writer quoteOut = FlatFileWriter.open(paths.get(1), CsvRows.QUOTES_HEADER)) {
      StringBuilder sb = new StringBuilder(1 << 16);
      for (TickerProfile p : sorted) {
        List<Trade> tickerTrades = new ArrayList<>();
        List<Quote> tickerQuotes = new ArrayList<>();
        TickerDay.generate(plan, p, ev -> {
          if (ev.data instanceof Trade t) {
            tickerTrades.add(t);
          } else if (ev.data instanceof Quote q) {
            tickerQuotes.add(q);
          }
        });
        tickerTrades.sort(Comparator.comparingLong(Trade::sipNs)); // late prints go back to their place
        for (Trade t : thin(tickerTrades, tradeQuota.take(p, tickerTrades.size()))) {
          CsvRows.trade(sb, t);
          FlatFileWriter.drain(sb, tradeOut, 1 << 15);
        }
        FlatFileWriter.drain(sb, tradeOut, 0);
        for (Quote q : thin(tickerQuotes, quoteQuota.take(p, tickerQuotes.size()))) {
          CsvRows.quote(sb, q);
          FlatFileWriter.drain(sb, quoteOut, 1 << 15);
        }
        FlatFileWriter.drain(sb, quoteOut, 0);
      }
    }
    return paths;
  }

  /** {@code keep} evenly spaced rows of {@code rows}, in their order. */
  static <T> List<T> thin(List<T> rows, long keep) {
    List<T> out = new ArrayList<>((int) keep);
    long n = rows.size();
    for (long k = 0; k < keep; k++) {
      out.add(rows.get((int) (k * n / keep)));
    }
    return out;
  }

  /** Each ticker's share of a total, proportional to a rate; what one ticker could not fill goes to the next. */
  private static final class Quotas {
    private final double total;
    private final double rateSum;
    private final ToDoubleFunction<TickerProfile> rate;
    private final long target;
    private double cumulativeRate;
    private long assigned;

    Quotas(long target, List<TickerProfile> tickers, ToDoubleFunction<TickerProfile> rate) {
      this.target = target;
      this.total = target;
      this.rate = rate;
      this.rateSum = tickers.stream().mapToDouble(rate).sum();
    }

    /** Rows to keep for {@code p}, which generated {@code available}. */
    long take(TickerProfile p, long available) {
      cumulativeRate += rate.applyAsDouble(p);
      long due = Math.min(target, Math.round(total * cumulativeRate / rateSum)) - assigned;
      long keep = Math.max(0, Math.min(due, available));
      assigned += keep;
      return keep;
    }
  }
}
