package io.tapeflow.sources.polygon.flatfiles.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decodes the official sample rows of shared/polygon/fixtures and checks every field. */
class FixtureDecodingTest {

    @Test
    void stockTradesSampleDecodesEveryColumn() throws IOException {
        // Given the three rows Polygon's blog printed from us_stocks_sip/trades_v1/2024/04/2024-04-05.csv.gz
        FlatFileRowReader reader = new FlatFileRowReader("sample-trades.csv", FlatFileDataset.STOCKS_TRADES,
                FlatFileFixtures.resource("us_stocks_sip_trades_v1_2024-04-05_sample_polygon_blog.csv"), TickerFilter.all());

        // When
        List<MarketEvent> events = readAll(reader);

        // Then
        assertThat(events).hasSize(3).allMatch(e -> e.kind == EventKind.TRADE);
        Trade first = events.get(0).trade;
        assertThat(first.ticker).isEqualTo("A");
        assertThat(first.conditions).containsExactly(12, 37);
        assertThat(first.correction).isZero();
        assertThat(first.exchange).isEqualTo(11);
        assertThat(first.tradeId).isEqualTo("52983525035312");
        assertThat(first.participantTs).isEqualTo(1712306654208705342L);
        assertThat(first.price).isEqualTo(142.99);
        assertThat(first.sequence).isEqualTo(3807L);
        assertThat(first.sipTs).isEqualTo(1712306654208740096L);
        assertThat(first.size).isEqualTo(5.0);
        assertThat(first.tape).isEqualTo(1);
        assertThat(first.trfId).isZero();
        assertThat(first.trfTs).isZero();
        assertThat(first.origin).isEqualTo("flatfile");
        assertThat(events.get(1).trade.price).isEqualTo(143.0);
        assertThat(events.get(1).trade.tradeId).isEqualTo("52983525035313");
        Trade third = events.get(2).trade;
        assertThat(third.conditions).containsExactly(12);
        assertThat(third.size).isEqualTo(187.0);
        assertThat(third.sipTs).isEqualTo(1712306654429468160L);
        assertThat(reader.rowsRejected()).isZero();
    }

    @Test
    void optionsDayAggsSampleDecodesToDayBarsKeyedByOptionTicker() throws IOException {
        // Given the Massive docs sample of us_options_opra/day_aggs_v1
        FlatFileRowReader reader = new FlatFileRowReader("sample-options.csv", FlatFileDataset.OPTIONS_DAY_AGGS,
                FlatFileFixtures.resource("us_options_opra_day_aggs_v1_sample_massive_docs.csv"), TickerFilter.all());

        // When
        List<MarketEvent> events = readAll(reader);

        // Then
        assertThat(events).hasSize(3).allMatch(e -> e.kind == EventKind.AGGREGATE);
        Aggregate spy = events.get(0).aggregate;
        assertThat(spy.ticker).isEqualTo("O:SPY230327P00390000");
        assertThat(spy.timeframe).isEqualTo(Aggregate.DAY);
        assertThat(spy.volume).isEqualTo(200.0);
        assertThat(spy.open).isEqualTo(11.82);
        assertThat(spy.close).isEqualTo(9.83);
        assertThat(spy.high).isEqualTo(11.82);
        assertThat(spy.low).isEqualTo(8.09);
        assertThat(spy.trades).isEqualTo(62L);
        // 2023-03-13 00:00 EDT (the day after the DST switch) to 2023-03-14 00:00 EDT
        assertThat(spy.startMs).isEqualTo(1678680000000L);
        assertThat(spy.endMs).isEqualTo(1678766400000L);
        assertThat(spy.origin).isEqualTo("flatfile");
        assertThat(events.get(1).aggregate.ticker).isEqualTo("O:IWM230327C00137000");
        assertThat(events.get(1).aggregate.startMs).isEqualTo(1679889600000L);
        assertThat(events.get(2).aggregate.close).isEqualTo(0.26);
    }

    @Test
    void quoteRowFromThePublicIssueKeepsAllNineteenTimestampDigits() throws IOException {
        // Given the quotes_v1 row quoted in PROTOCOL.md 5.3 (sip_timestamp not a multiple of 256)
        String csv = FlatFileDataset.STOCKS_QUOTES.header() + "\n"
                + "MSFT,19,0,0,19,0,0,19,,1679990340007888000,941,1679990340010084598,3,0\n";
        FlatFileRowReader reader = new FlatFileRowReader("q.csv", FlatFileDataset.STOCKS_QUOTES,
                FlatFileFixtures.text(csv), TickerFilter.all());

        // When
        List<MarketEvent> events = readAll(reader);

        // Then
        Quote q = events.get(0).quote;
        assertThat(q.ticker).isEqualTo("MSFT");
        assertThat(q.askExchange).isEqualTo(19);
        assertThat(q.bidExchange).isEqualTo(19);
        assertThat(q.conditions).containsExactly(19);
        assertThat(q.indicators).isEmpty();
        assertThat(q.participantTs).isEqualTo(1679990340007888000L);
        assertThat(q.sequence).isEqualTo(941L);
        assertThat(q.sipTs).isEqualTo(1679990340010084598L);
        assertThat(q.tape).isEqualTo(3);
        assertThat(q.sizeUnit).isEqualTo(Quote.SHARES);
    }

    static List<MarketEvent> readAll(FlatFileRowReader reader) throws IOException {
        reader.readHeader();
        List<MarketEvent> out = new ArrayList<>();
        for (MarketEvent e = reader.next(); e != null; e = reader.next()) out.add(e);
        return out;
    }
}
