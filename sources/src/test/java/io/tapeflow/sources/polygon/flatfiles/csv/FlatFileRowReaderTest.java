package io.tapeflow.sources.polygon.flatfiles.csv;

import static io.tapeflow.sources.polygon.flatfiles.csv.FixtureDecodingTest.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileFixtures;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Header checks, bad rows, decimal sizes, quoted lists, ticker filtering and resume skipping on one file. */
class FlatFileRowReaderTest {
    private static final String TRADES = FlatFileDataset.STOCKS_TRADES.header();

    private static FlatFileRowReader trades(String body, TickerFilter filter) {
        return new FlatFileRowReader("us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz", FlatFileDataset.STOCKS_TRADES,
                FlatFileFixtures.text(TRADES + "\n" + body), filter);
    }

    @Test
    void wrongHeaderFailsNamingTheFileAndBothHeaders() {
        // Given a minute-aggs file read as trades
        FlatFileRowReader reader = new FlatFileRowReader("us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz",
                FlatFileDataset.STOCKS_TRADES,
                FlatFileFixtures.text(FlatFileDataset.STOCKS_MINUTE_AGGS.header() + "\nA,1,2,3,4,5,6,7\n"), TickerFilter.all());

        // When / Then
        assertThatThrownBy(reader::readHeader)
                .isInstanceOf(FlatFileFormatException.class)
                .hasMessageContaining("us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz")
                .hasMessageContaining("expected '" + TRADES + "'")
                .hasMessageContaining("ticker,volume,open");
    }

    @Test
    void headerWithReorderedColumnsIsRejected() {
        // Given the right columns in a different order
        String swapped = TRADES.replace("price,sequence_number", "sequence_number,price");
        FlatFileRowReader reader = new FlatFileRowReader("k", FlatFileDataset.STOCKS_TRADES,
                FlatFileFixtures.text(swapped + "\n"), TickerFilter.all());

        // When / Then
        assertThatThrownBy(reader::readHeader).isInstanceOf(FlatFileFormatException.class);
    }

    @Test
    void emptyFileFailsClearly() {
        FlatFileRowReader reader = new FlatFileRowReader("k.csv.gz", FlatFileDataset.STOCKS_TRADES,
                FlatFileFixtures.text(""), TickerFilter.all());

        assertThatThrownBy(reader::readHeader).hasMessageContaining("k.csv.gz: empty file");
    }

    @Test
    void crlfLinesAndAByteOrderMarkAreAccepted() throws IOException {
        // Given a Windows-style copy of a file
        String csv = "\uFEFF" + TRADES + "\r\n" + FlatFileFixtures.tradeRow("AAPL", 1, 1712306654208740096L, "170.5", "100") + "\r\n";
        FlatFileRowReader reader = new FlatFileRowReader("k", FlatFileDataset.STOCKS_TRADES,
                FlatFileFixtures.text(csv), TickerFilter.all());

        // When
        List<MarketEvent> events = readAll(reader);

        // Then
        assertThat(events).hasSize(1);
        assertThat(events.get(0).trade.trfTs).isZero();
        assertThat(events.get(0).trade.size).isEqualTo(100.0);
    }

    @Test
    void badRowsBecomeRejectsWithFileLineAndRawTextWhileGoodRowsFlowOn() throws IOException {
        // Given good rows around four kinds of bad ones
        String body = String.join("\n",
                FlatFileFixtures.tradeRow("AAPL", 1, 1712306654208740096L, "170.5", "100"),
                "AAPL,12,0,11,5,1,170.5,2,notanumber,100,1,0,0",
                "AAPL,\"12,37,0,11,5,1,170.5,2,3,100,1,0,0",
                "AAPL,12,0,11",
                "",
                FlatFileFixtures.tradeRow("AAPL", 3, 1712306654208740097L, "170.25", "0.002500"));

        // When
        List<MarketEvent> events = readAll(trades(body, TickerFilter.all()));

        // Then
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.TRADE, EventKind.REJECT,
                EventKind.REJECT, EventKind.REJECT, EventKind.REJECT, EventKind.TRADE);
        Reject badTs = events.get(1).reject;
        assertThat(badTs.origin).isEqualTo("flatfile");
        assertThat(badTs.location).isEqualTo("us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz:3");
        assertThat(badTs.reason).contains("sip_timestamp");
        assertThat(badTs.raw).isEqualTo("AAPL,12,0,11,5,1,170.5,2,notanumber,100,1,0,0");
        assertThat(badTs.eventTimeMs).as("partitioned by the file's day, 2024-04-05 00:00 EDT").isEqualTo(1712289600000L);
        assertThat(events.get(2).reject.reason).contains("unterminated");
        assertThat(events.get(3).reject.reason).contains("expected 13 fields but found 4");
        assertThat(events.get(4).reject.location).endsWith(":6");
        assertThat(events.get(5).trade.size).isEqualTo(0.0025);
        assertThat(events.get(5).trade.sequence).isEqualTo(3L);
    }

    @Test
    void decimalSizesAndLongConditionListsDecode() throws IOException {
        // Given the 2026 decimal size format and a three-code quoted list
        String body = FlatFileFixtures.tradeRow("MSFT", 7, 1712306654208740096L, "415.123456", "10.000000", 14, 37, 41);

        // When
        MarketEvent e = readAll(trades(body, TickerFilter.all())).get(0);

        // Then
        assertThat(e.trade.size).isEqualTo(10.0);
        assertThat(e.trade.price).isEqualTo(415.123456);
        assertThat(e.trade.conditions).containsExactly(14, 37, 41);
    }

    @Test
    void tickerFilterSkipsOtherTickersAndCountsThem() throws IOException {
        // Given a file sorted by ticker
        String body = String.join("\n",
                FlatFileFixtures.tradeRow("AAPL", 1, 1L, "1", "1"),
                FlatFileFixtures.tradeRow("AAPL", 2, 2L, "1", "1"),
                FlatFileFixtures.tradeRow("AMZN", 3, 3L, "1", "1"),
                FlatFileFixtures.tradeRow("MSFT", 4, 4L, "1", "1"),
                FlatFileFixtures.tradeRow("MSFTX", 5, 5L, "1", "1"));
        FlatFileRowReader reader = trades(body, TickerFilter.of("AMZN", "MSFT"));

        // When
        List<MarketEvent> events = readAll(reader);

        // Then
        assertThat(events).extracting(e -> e.trade.sequence).containsExactly(3L, 4L);
        assertThat(reader.rowsFiltered()).isEqualTo(3);
        assertThat(reader.rowsConsumed()).isEqualTo(5);
    }

    @Test
    void skippingConsumedRowsResumesAtTheNextRow() throws IOException {
        // Given a five-row file of which a checkpoint says three rows were consumed
        String body = java.util.stream.LongStream.rangeClosed(1, 5)
                .mapToObj(i -> FlatFileFixtures.tradeRow("AAPL", i, i, "1", "1")).collect(Collectors.joining("\n"));
        FlatFileRowReader reader = trades(body, TickerFilter.all());
        reader.readHeader();

        // When
        reader.skipRows(3);
        MarketEvent fourth = reader.next();

        // Then
        assertThat(fourth.trade.sequence).isEqualTo(4L);
        assertThat(reader.rowsConsumed()).isEqualTo(4);
    }

    @Test
    void resumingBeyondTheEndOfAShorterFileFails() throws IOException {
        FlatFileRowReader reader = trades(FlatFileFixtures.tradeRow("AAPL", 1, 1, "1", "1"), TickerFilter.all());
        reader.readHeader();

        assertThatThrownBy(() -> reader.skipRows(10)).isInstanceOf(FlatFileFormatException.class)
                .hasMessageContaining("file has 1 rows but the checkpoint had consumed 10");
    }

    @Test
    void aLineOverTheCapIsRejectedAndReadingContinues() throws IOException {
        // Given a corrupt line of 100 KB between two good rows
        String body = FlatFileFixtures.tradeRow("AAPL", 1, 1, "1", "1") + "\n" + "x".repeat(100_000) + "\n"
                + FlatFileFixtures.tradeRow("AAPL", 2, 2, "1", "1");

        // When
        List<MarketEvent> events = readAll(trades(body, TickerFilter.all()));

        // Then
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.TRADE, EventKind.REJECT, EventKind.TRADE);
        assertThat(events.get(1).reject.reason).contains("longer than");
        assertThat(events.get(2).trade.sequence).isEqualTo(2L);
    }
}
