package io.tapeflow.sources.polygon.flatfiles.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Trade;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileFixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Property tests: garbage never throws (only rejects), and any valid trade row round-trips exactly. */
class TradeRowPropertiesTest {

    @Property(tries = 500)
    void randomGarbageLinesAreRejectedNeverThrown(@ForAll("garbage") String line) throws IOException {
        // Given a file whose only data line is arbitrary text (printable, commas, quotes)
        String csv = FlatFileDataset.STOCKS_TRADES.header() + "\n" + line + "\n";
        FlatFileRowReader reader = new FlatFileRowReader("g.csv.gz", FlatFileDataset.STOCKS_TRADES,
                FlatFileFixtures.text(csv), TickerFilter.all());

        // When
        List<MarketEvent> events = FixtureDecodingTest.readAll(reader);

        // Then: at most one event, and anything not a valid trade is a reject carrying the raw line
        assertThat(events.size()).isLessThanOrEqualTo(1);
        for (MarketEvent e : events) {
            if (e.kind == EventKind.REJECT) {
                assertThat(e.reject.location).isEqualTo("g.csv.gz:2");
                assertThat(e.reject.reason).isNotBlank();
            } else {
                assertThat(e.kind).isEqualTo(EventKind.TRADE);
            }
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> chars = Arbitraries.strings().withChars("0123456789,\".-eE ABCxyz\t").ofMaxLength(120);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(60)
                .map(s -> s.replace('\n', ' ').replace('\r', ' '));
        return Arbitraries.oneOf(chars, unicode);
    }

    @Property(tries = 500)
    void validTradeRowsRoundTrip(@ForAll("trades") Trade t) throws IOException {
        // Given a row written the way Polygon writes it
        String row = String.format(Locale.ROOT, "%s,%s,%d,%d,%s,%d,%s,%d,%d,%s,%d,%d,%d", t.ticker,
                FlatFileFixtures.codes(t.conditions), t.correction, t.exchange, t.tradeId, t.participantTs,
                BigDecimal.valueOf(t.price).toPlainString(), t.sequence, t.sipTs,
                BigDecimal.valueOf(t.size).toPlainString(), t.tape, t.trfId, t.trfTs);
        FlatFileRowReader reader = new FlatFileRowReader("r", FlatFileDataset.STOCKS_TRADES,
                FlatFileFixtures.text(FlatFileDataset.STOCKS_TRADES.header() + "\n" + row), TickerFilter.all());

        // When
        List<MarketEvent> events = FixtureDecodingTest.readAll(reader);

        // Then
        assertThat(events).hasSize(1);
        assertThat(events.get(0).trade).as(row).isEqualTo(t);
    }

    @Provide
    Arbitrary<Trade> trades() {
        Arbitrary<String> tickers = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5);
        Arbitrary<int[]> conds = Arbitraries.integers().between(0, 60).array(int[].class).ofMaxSize(4);
        Arbitrary<Long> ns = Arbitraries.longs().between(1_000_000_000_000_000_000L, Long.MAX_VALUE);
        Arbitrary<Double> prices = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000"))
                .ofScale(6).map(BigDecimal::doubleValue);
        Arbitrary<Double> sizes = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000"))
                .ofScale(6).map(BigDecimal::doubleValue);
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 100);
        return Combinators.combine(tickers, conds, ns, ns, prices, sizes, small, Arbitraries.longs().greaterOrEqual(0))
                .as((ticker, c, sip, part, price, size, x, seq) -> {
                    Trade t = new Trade();
                    t.ticker = ticker;
                    t.conditions = c;
                    t.correction = x % 12;
                    t.exchange = x;
                    t.tradeId = Long.toString(seq ^ 0x5A5A);
                    t.participantTs = part;
                    t.price = price;
                    t.sequence = seq;
                    t.sipTs = sip;
                    t.size = size;
                    t.tape = 1 + x % 3;
                    t.trfId = x % 5;
                    t.trfTs = x % 5 == 0 ? 0 : sip - 1;
                    t.origin = "flatfile";
                    return t;
                });
    }
}
