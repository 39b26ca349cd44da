package io.tapeflow.simulator.flatfiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.simulator.scenario.MarketGenerator;
import io.tapeflow.simulator.scenario.MarketPlan;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.simulator.wire.Channel;
import io.tapeflow.simulator.wire.SimEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The day as Polygon flat files: key layout, exact headers, quoting, ns times, order, and the live feed's rows. */
class FlatFileWriterTest {
  private static final ScenarioSpec SPEC = ScenarioSpec.basic(4, 8).withRateScale(0.3)
      .withTimes(LocalTime.of(9, 30), LocalTime.of(10, 0));
  @TempDir
  static Path dir;
  private static List<Path> files;

  @BeforeAll
  static void write() throws Exception {
    files = new FlatFileWriter(MarketPlan.of(SPEC)).write(dir);
  }

  @Test
  void theFilesFollowPolygonsKeyLayout() {
    assertThat(files).containsExactly(
        dir.resolve("us_stocks_sip/trades_v1/2024/03/2024-03-15.csv.gz"),
        dir.resolve("us_stocks_sip/quotes_v1/2024/03/2024-03-15.csv.gz"),
        dir.resolve("us_stocks_sip/minute_aggs_v1/2024/03/2024-03-15.csv.gz"),
        dir.resolve("us_stocks_sip/day_aggs_v1/2024/03/2024-03-15.csv.gz"));
    assertThat(files).allMatch(Files::isRegularFile);
  }

  @Test
  void headersAreExactlyPolygons() throws Exception {
    assertThat(lines(files.get(0)).get(0)).isEqualTo("ticker,conditions,correction,exchange,id,participant_timestamp,"
        + "price,sequence_number,sip_timestamp,size,tape,trf_id,trf_timestamp");
    assertThat(lines(files.get(1)).get(0)).isEqualTo("ticker,ask_exchange,ask_price,ask_size,bid_exchange,bid_price,"
        + "bid_size,conditions,indicators,participant_timestamp,sequence_number,sip_timestamp,tape,trf_timestamp");
    assertThat(lines(files.get(2)).get(0)).isEqualTo("ticker,volume,open,close,high,low,window_start,transactions");
    assertThat(lines(files.get(3)).get(0)).isEqualTo("ticker,volume,open,close,high,low,window_start,transactions");
  }

  @Test
  void tradeRowsQuoteMultiConditionListsUseNanosecondsAndAreSortedByTickerThenTime() throws Exception {
    List<List<String>> rows = rows(files.get(0));
    boolean quotedList = false;
    boolean bare = false;
    boolean empty = false;
    String prevTicker = "";
    long prevTs = 0;
    for (List<String> r : rows) {
      assertThat(r).hasSize(13);
      String cond = r.get(1);
      quotedList |= cond.contains(",");
      bare |= !cond.isEmpty() && !cond.contains(",");
      empty |= cond.isEmpty();
      assertThat(r.get(8)).hasSize(19);
      assertThat(r.get(5)).hasSize(19);
      assertThat(r.get(11).equals("0")).isEqualTo(!r.get(3).equals("4")); // trf_id exactly on exchange 4
      int cmp = r.get(0).compareTo(prevTicker);
      assertThat(cmp).isGreaterThanOrEqualTo(0);
      long ts = Long.parseLong(r.get(8));
      if (cmp == 0) {
        assertThat(ts).isGreaterThanOrEqualTo(prevTs);
      }
      prevTicker = r.get(0);
      prevTs = ts;
    }
    assertThat(quotedList && bare && empty).isTrue();
    assertThat(lines(files.get(0))).anyMatch(l -> l.contains(",\"14,41\",") || l.contains(",\"14,37,41\","));
  }

  @Test
  void theFilesHoldTheSameTradesQuotesAndFinalMinuteBarsAsTheLiveFeed() throws Exception {
    // Given: the live feed of the same spec
    Map<String, Integer> liveTrades = new HashMap<>();
    Map<String, Integer> liveQuotes = new HashMap<>();
    Map<String, Long> amBars = new HashMap<>();
    MarketGenerator gen = new MarketGenerator(SPEC);
    SimEvent ev;
    while ((ev = gen.next()) != null) {
      if (ev.channel == Channel.T) {
        liveTrades.merge(ev.ticker, 1, Integer::sum);
      } else if (ev.channel == Channel.Q) {
        liveQuotes.merge(ev.ticker, 1, Integer::sum);
      } else if (ev.channel == Channel.AM) {
        amBars.put(ev.ticker + "@" + ev.wireTime, 1L);
      }
    }
    // Then
    assertThat(countByTicker(rows(files.get(0)))).isEqualTo(liveTrades);
    assertThat(countByTicker(rows(files.get(1)))).isEqualTo(liveQuotes);
    assertThat(rows(files.get(2))).hasSize(amBars.size());
    assertThat(rows(files.get(3))).hasSize(4);
  }

  @Test
  void quoteSizesAreInSharesAndTimestampsInNanoseconds() throws Exception {
    for (List<String> r : rows(files.get(1))) {
      assertThat(r).hasSize(14);
      assertThat(Long.parseLong(r.get(3)) % 100).isZero();
      assertThat(Long.parseLong(r.get(6)) % 100).isZero();
      assertThat(r.get(11)).hasSize(19);
    }
  }

  private static Map<String, Integer> countByTicker(List<List<String>> rows) {
    Map<String, Integer> m = new HashMap<>();
    rows.forEach(r -> m.merge(r.get(0), 1, Integer::sum));
    return m;
  }

  private static List<String> lines(Path gz) throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
        StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  /** Data rows split by RFC 4180 rules (quoted fields may hold commas). */
  private static List<List<String>> rows(Path gz) throws Exception {
    List<List<String>> out = new ArrayList<>();
    List<String> all = lines(gz);
    for (String line : all.subList(1, all.size())) {
      List<String> fields = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      for (char c : line.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          fields.add(f.toString());
          f.setLength(0);
        } else {
          f.append(c);
        }
      }
      fields.add(f.toString());
      out.add(fields);
    }
    return out;
  }
}
