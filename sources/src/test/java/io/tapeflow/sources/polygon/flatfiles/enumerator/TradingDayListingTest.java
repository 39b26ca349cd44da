package io.tapeflow.sources.polygon.flatfiles.enumerator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileFixtures;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Date range to trading days: only days whose file exists, in day order, across months. */
class TradingDayListingTest {
    @TempDir
    Path root;

    private static final FlatFileDataset TRADES = FlatFileDataset.STOCKS_TRADES;
    private static final FlatFileDataset MINUTES = FlatFileDataset.STOCKS_MINUTE_AGGS;

    private void day(FlatFileDataset ds, String date) {
        FlatFileFixtures.writeDay(root, ds, LocalDate.parse(date), List.of());
    }

    @Test
    void rangeYieldsOnlyTheDaysThatHaveFilesAcrossAMonthBoundary() throws IOException {
        // Given Fri 2024-03-29 is Good Friday (no file), weekends have none, and a stray file in the folder
        for (String d : new String[] {"2024-03-27", "2024-03-28", "2024-04-01", "2024-04-02", "2024-04-03"}) day(TRADES, d);
        Files.writeString(root.resolve("us_stocks_sip/trades_v1/2024/04/README.txt"), "not a day");

        // When
        List<FlatFileSplit> splits = new TradingDayListing(new LocalFlatFileStore(root), new FlatFileDataset[] {TRADES},
                LocalDate.parse("2024-03-28"), LocalDate.parse("2024-04-02"), DaySkipPredicate.none()).discover();

        // Then
        assertThat(splits).extracting(s -> s.day().toString()).containsExactly("2024-03-28", "2024-04-01", "2024-04-02");
        assertThat(splits).allSatisfy(s -> {
            assertThat(s.rowsConsumed()).isZero();
            assertThat(s.sizeBytes()).isPositive();
            assertThat(s.etag()).isNotEmpty();
        });
    }

    @Test
    void splitsAreOrderedByDayThenDatasetAndSkippedDaysLeftOut() throws IOException {
        // Given two datasets over three days, and outputs already complete for trades on 04-02
        for (String d : new String[] {"2024-04-01", "2024-04-02", "2024-04-03"}) {
            day(TRADES, d);
            day(MINUTES, d);
        }
        DaySkipPredicate done = (ds, d) -> ds == TRADES && d.equals(LocalDate.parse("2024-04-02"));

        // When
        List<FlatFileSplit> splits = new TradingDayListing(new LocalFlatFileStore(root),
                new FlatFileDataset[] {MINUTES, TRADES}, LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-03"),
                done).discover();

        // Then
        assertThat(splits).extracting(FlatFileSplit::key).containsExactly(
                "us_stocks_sip/trades_v1/2024/04/2024-04-01.csv.gz",
                "us_stocks_sip/minute_aggs_v1/2024/04/2024-04-01.csv.gz",
                "us_stocks_sip/minute_aggs_v1/2024/04/2024-04-02.csv.gz",
                "us_stocks_sip/trades_v1/2024/04/2024-04-03.csv.gz",
                "us_stocks_sip/minute_aggs_v1/2024/04/2024-04-03.csv.gz");
    }

    @Test
    void aRangeWithNoFilesIsEmptyNotAnError() throws IOException {
        // Given an empty store (a weekend-only range looks the same)
        List<FlatFileSplit> splits = new TradingDayListing(new LocalFlatFileStore(root), new FlatFileDataset[] {TRADES},
                LocalDate.parse("2024-04-06"), LocalDate.parse("2024-04-07"), DaySkipPredicate.none()).discover();

        assertThat(splits).isEmpty();
    }

    @Test
    void keysOfOtherDatasetsOrMisplacedDaysAreNotDays() {
        assertThat(TRADES.dayOf("us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz")).isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(TRADES.dayOf("us_stocks_sip/trades_v1/2024/05/2024-04-05.csv.gz")).isNull();
        assertThat(TRADES.dayOf("us_stocks_sip/quotes_v1/2024/04/2024-04-05.csv.gz")).isNull();
        assertThat(TRADES.dayOf("us_stocks_sip/trades_v1/2024/04/2024-04-05.csv")).isNull();
    }
}
