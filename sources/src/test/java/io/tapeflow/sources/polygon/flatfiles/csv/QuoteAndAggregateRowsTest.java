package io.tapeflow.sources.polygon.flatfiles.csv;

import static io.tapeflow.sources.polygon.flatfiles.csv.FixtureDecodingTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileFixtures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes with quoted code lists, stock minute and day bars with decimal volumes, DST-length days. */
class QuoteAndAggregateRowsTest {

    @Test
    void quotesWithQuotedConditionAndIndicatorListsDecode() throws IOException {
        // Given a halted-style NBBO with two conditions and three indicators
        String csv = FlatFileDataset.STOCKS_QUOTES.header() + "\n"
                + "AAPL,12,170.25,3,11,170.2,5.5,\"17,18\",\"601,604,605\",1712306654208705342,77,1712306654208740096,3,0\n";

        // When
        Quote q = readAll(reader(FlatFileDataset.STOCKS_QUOTES, csv)).get(0).quote;

        // Then
        assertThat(q.askExchange).isEqualTo(12);
        assertThat(q.askPrice).isEqualTo(170.25);
        assertThat(q.askSize).isEqualTo(3.0);
        assertThat(q.bidExchange).isEqualTo(11);
        assertThat(q.bidPrice).isEqualTo(170.2);
        assertThat(q.bidSize).isEqualTo(5.5);
        assertThat(q.conditions).containsExactly(17, 18);
        assertThat(q.indicators).containsExactly(601, 604, 605);
        assertThat(q.participantTs).isEqualTo(1712306654208705342L);
        assertThat(q.sipTs).isEqualTo(1712306654208740096L);
        assertThat(q.origin).isEqualTo("flatfile");
    }

    @Test
    void stockMinuteBarsKeepDecimalVolumeAndEndAMinuteLater() throws IOException {
        // Given 2024-04-05 09:30 EDT in ns with a fractional volume
        String csv = FlatFileDataset.STOCKS_MINUTE_AGGS.header() + "\n" + "AAPL,1200.5,169.5,169.75,170,169.25,1712323800000000000,42\n";

        // When
        Aggregate a = readAll(reader(FlatFileDataset.STOCKS_MINUTE_AGGS, csv)).get(0).aggregate;

        // Then
        assertThat(a.timeframe).isEqualTo(Aggregate.MINUTE);
        assertThat(a.volume).isEqualTo(1200.5);
        assertThat(a.open).isEqualTo(169.5);
        assertThat(a.close).isEqualTo(169.75);
        assertThat(a.high).isEqualTo(170.0);
        assertThat(a.low).isEqualTo(169.25);
        assertThat(a.startMs).isEqualTo(1712323800000L);
        assertThat(a.endMs).isEqualTo(1712323860000L);
        assertThat(a.trades).isEqualTo(42L);
        assertThat(a.vwap).isZero();
    }

    @Test
    void dayBarsOnDaylightSavingSwitchDaysAre23And25HoursLong() throws IOException {
        // Given 2024-03-10 (spring forward) and 2024-11-03 (fall back), both 00:00 New York
        String csv = FlatFileDataset.STOCKS_DAY_AGGS.header() + "\n"
                + "SPY,1,1,1,1,1,1710046800000000000,1\n"
                + "SPY,1,1,1,1,1,1730606400000000000,1\n";

        // When
        List<MarketEvent> bars = readAll(reader(FlatFileDataset.STOCKS_DAY_AGGS, csv));

        // Then
        assertThat(bars).allMatch(e -> e.kind == EventKind.AGGREGATE);
        assertThat(bars.get(0).aggregate.endMs - bars.get(0).aggregate.startMs).isEqualTo(23 * 3_600_000L);
        assertThat(bars.get(1).aggregate.endMs - bars.get(1).aggregate.startMs).isEqualTo(25 * 3_600_000L);
    }

    private static FlatFileRowReader reader(FlatFileDataset ds, String csv) {
        return new FlatFileRowReader("k", ds, FlatFileFixtures.text(csv), TickerFilter.all());
    }
}
