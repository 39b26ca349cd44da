package io.tapeflow.simulator.flatfiles;

import io.tapeflow.simulator.scenario.ConditionRules;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.Quote;
import io.tapeflow.simulator.scenario.TickerDay;
import io.tapeflow.simulator.scenario.TickerProfile;
import io.tapeflow.simulator.scenario.Trade;
import io.tapeflow.simulator.scenario.Bar;
import io.tapeflow.simulator.scenario.SessionClock;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the generated day as Polygon flat files: {@code us_stocks_sip/{trades_v1,quotes_v1,minute_aggs_v1,
 * day_aggs_v1}/YYYY/MM/YYYY-MM-DD.csv.gz}, each sorted by ticker then time. Tickers are generated one at a
 * time (identical to the live market), so memory holds one ticker's trades at most.
 */
public final class FlatFileWriter {
  private final MarketPlan plan;

  public FlatFileWriter(MarketPlan plan) {
    this.plan = plan;
  }

  /** Writes the four files under {@code dir}; returns their paths (trades, quotes, minute, day). */
  public List<Path> write(Path dir) throws IOException {
    SessionClock clock = plan.clock();
    String day = clock.date.toString();
    String sub = String.format("%04d/%02d/%s.csv.gz", clock.date.getYear(), clock.date.getMonthValue(), day);
    List<Path> paths = List.of(dir.resolve("us_stocks_sip/trades_v1/" + sub),
        dir.resolve("us_stocks_sip/quotes_v1/" + sub), dir.resolve("us_stocks_sip/minute_aggs_v1/" + sub),
        dir.resolve("us_stocks_sip/day_aggs_v1/" + sub));
    long dayStartNs = clock.date.atStartOfDay(SessionClock.NEW_YORK).toEpochSecond() * 1_000_000_000L;
    List<TickerProfile> sorted = new ArrayList<>(plan.tickers());
    sorted.sort(Comparator.comparing(TickerProfile::ticker));
    try (Writer trades = open(paths.get(0), CsvRows.TRADES_HEADER);
        Writer quotes = open(paths.get(1), CsvRows.QUOTES_HEADER);
        Writer minutes = open(paths.get(2), CsvRows.AGGS_HEADER);
        Writer days = open(paths.get(3), CsvRows.AGGS_HEADER)) {
      StringBuilder sb = new StringBuilder(1 << 16);
      for (TickerProfile p : sorted) {
        List<Trade> tickerTrades = new ArrayList<>();
        TickerDay tickerDay = TickerDay.generate(plan, p, ev -> {
          if (ev.data instanceof Trade t) {
            tickerTrades.add(t);
          } else if (ev.data instanceof Quote q) {
            CsvRows.quote(sb, q);
            try {
              drain(sb, quotes, 1 << 15);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        });
        drain(sb, quotes, 0);
        tickerTrades.sort(Comparator.comparingLong(Trade::sipNs)); // late prints go back to their place
        for (Trade t : tickerTrades) {
          CsvRows.trade(sb, t);
          drain(sb, trades, 1 << 15);
        }
        drain(sb, trades, 0);
        for (Bar b : tickerDay.minuteBars()) {
          CsvRows.minute(sb, b);
        }
        drain(sb, minutes, 0);
        dayRow(sb, p.ticker(), tickerTrades, dayStartNs);
        drain(sb, days, 0);
      }
    }
    return paths;
  }

  /** The day bar follows the condition table strictly (no extended-hours exception). */
  private static void dayRow(StringBuilder sb, String ticker, List<Trade> trades, long dayStartNs) {
    long o = 0;
    long c = 0;
    long h = Long.MIN_VALUE;
    long l = Long.MAX_VALUE;
    long volume = 0;
    for (Trade t : trades) {
      if (ConditionRules.updatesVolume(t.conditions())) {
        volume += t.size();
      }
      if (ConditionRules.updatesLast(t.conditions())) {
        o = o == 0 ? t.priceCents() : o;
        c = t.priceCents();
        h = Math.max(h, t.priceCents());
        l = Math.min(l, t.priceCents());
      }
    }
    if (o != 0) {
      CsvRows.agg(sb, ticker, volume, o, c, h, l, dayStartNs, trades.size());
    }
  }

  /** A gzip CSV writer with the header line written (also used by {@link SizedDayWriter}). */
  static Writer open(Path file, String header) throws IOException {
    Files.createDirectories(file.getParent());
    Writer w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    w.write(header);
    w.write('\n');
    return w;
  }

  /** Writes out and clears {@code sb} once it holds more than {@code above} chars. */
  static void drain(StringBuilder sb, Writer w, int above) throws IOException {
    if (sb.length() > above) {
      w.append(sb);
      sb.setLength(0);
    }
  }
}
