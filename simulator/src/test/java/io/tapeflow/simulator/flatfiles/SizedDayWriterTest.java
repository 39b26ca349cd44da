package io.tapeflow.simulator.flatfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark day: exactly the requested rows, every ticker present, sorted by ticker then time, deterministic. */
class SizedDayWriterTest {
  @TempDir
  Path dir;

  @Test
  void writesExactlyTheRequestedTradeAndQuoteRowsAcrossEveryTicker() throws Exception {
    // Given / When
    List<Path> files = SizedDayWriter.of(30, 20_000, 25_000, 7).write(dir);

    // Then
    List<String[]> trades = rows(files.get(0));
    List<String[]> quotes = rows(files.get(1));
    assertThat(files.get(0)).isEqualTo(dir.resolve("us_stocks_sip/trades_v1/2024/03/2024-03-15.csv.gz"));
    assertThat(files.get(1)).isEqualTo(dir.resolve("us_stocks_sip/quotes_v1/2024/03/2024-03-15.csv.gz"));
    assertThat(trades).hasSize(20_000);
    assertThat(quotes).hasSize(25_000);
    assertThat(tickers(trades)).hasSize(30);
    assertThat(tickers(quotes)).hasSize(30);
  }

  @Test
  void rowsAreSortedByTickerThenSipTime() throws Exception {
    // Given / When
    List<String[]> trades = rows(SizedDayWriter.of(12, 5_000, 5_000, 3).write(dir).get(0));

    // Then: sip_timestamp is column 8 of trades
    for (int i = 1; i < trades.size(); i++) {
      String[] a = trades.get(i - 1);
      String[] b = trades.get(i);
      int byTicker = a[0].compareTo(b[0]);
      assertThat(byTicker < 0 || byTicker == 0 && Long.parseLong(a[8]) <= Long.parseLong(b[8]))
          .as("row %d after row %d", i, i - 1).isTrue();
    }
  }

  @Test
  void theSameSizeAndSeedGiveTheSameBytes(@TempDir Path other) throws Exception {
    // Given / When
    List<Path> first = SizedDayWriter.of(10, 3_000, 4_000, 5).write(dir);
    List<Path> second = SizedDayWriter.of(10, 3_000, 4_000, 5).write(other);

    // Then
    assertThat(Files.readAllBytes(second.get(0))).isEqualTo(Files.readAllBytes(first.get(0)));
    assertThat(Files.readAllBytes(second.get(1))).isEqualTo(Files.readAllBytes(first.get(1)));
  }

  @Test
  void thinningKeepsEvenlySpacedRowsInOrder() {
    assertThat(SizedDayWriter.thin(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), 5)).containsExactly(0, 2, 4, 6, 8);
    assertThat(SizedDayWriter.thin(List.of(0, 1, 2), 3)).containsExactly(0, 1, 2);
    assertThat(SizedDayWriter.thin(List.of(0, 1, 2), 0)).isEmpty();
  }

  private static Set<String> tickers(List<String[]> rows) {
    Set<String> out = new HashSet<>();
    rows.forEach(r -> out.add(r[0]));
    return out;
  }

  /** Data rows split on commas outside quotes (enough for these columns). */
  private static List<String[]> rows(Path file) throws Exception {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      r.readLine();
      String line;
      while ((line = r.readLine()) != null) {
        out.add(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
      }
    }
    return out;
  }
}
