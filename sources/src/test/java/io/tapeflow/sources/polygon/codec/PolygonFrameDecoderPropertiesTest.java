package io.tapeflow.sources.polygon.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/** Round trips through an independent test encoder, and garbage in never throws. */
class PolygonFrameDecoderPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300)
    void wellFormedFramesDecodeToExactlyTheEventsThatWereEncoded(
            @ForAll("events") @Size(min = 0, max = 12) List<MarketEvent> events, @ForAll long seed) {
        // Given
        String frame = WireEncoder.frame(events, new Random(seed));

        // When
        DecodedFrame out = new DecodedFrame();
        new PolygonFrameDecoder("stocks:0").decode(frame, 1, out);

        // Then
        assertThat(out.rejects).isEmpty();
        assertThat(out.events).containsExactlyElementsOf(events);
    }

    @Property(tries = 500)
    void arbitraryTextNeverThrowsAndAnythingUndecodableIsRejectedWithItsRawText(@ForAll("garbage") String frame) {
        // When
        DecodedFrame out = new DecodedFrame();
        new PolygonFrameDecoder("stocks:0").decode(frame, 3, out);

        // Then
        assertThat(out.rejects).allSatisfy(r -> {
            assertThat(frame).contains(r.raw);
            assertThat(r.location).startsWith("ws:stocks:0 frame 3");
            assertThat(r.reason).isNotBlank();
        });
        if (!isJsonArray(frame)) {
            assertThat(out.events).isEmpty();
            assertThat(out.rejects).hasSize(1);
        }
    }

    @Property(tries = 300)
    void corruptingOneCharacterOfAValidFrameNeverThrows(
            @ForAll("events") @Size(min = 1, max = 5) List<MarketEvent> events, @ForAll long seed) {
        // Given
        Random random = new Random(seed);
        StringBuilder frame = new StringBuilder(WireEncoder.frame(events, random));
        int at = random.nextInt(frame.length());
        frame.setCharAt(at, "{}[]\",:x0-.".charAt(random.nextInt(11)));

        // When
        DecodedFrame out = new DecodedFrame();
        new PolygonFrameDecoder("stocks:0").decode(frame.toString(), 1, out);

        // Then: every element is accounted for, either as an event or a reject
        assertThat(out.events.size() + out.rejects.size()).isGreaterThan(0);
        assertThat(out.rejects).allSatisfy(r -> assertThat(frame.toString()).contains(r.raw));
    }

    private static boolean isJsonArray(String s) {
        try {
            return JSON.readTree(s).isArray();
        } catch (Exception e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> tokens = Arbitraries.of("[", "]", "{", "}", ",", ":", "\"ev\"", "\"T\"", "\"Q\"", "\"sym\"",
                "\"t\"", "1700000000000", "-1", "1e999", "null", "true", "\"", "\\", "x", " ", "99999999999999999999")
                .list().ofMaxSize(30).map(l -> String.join("", l));
        return Arbitraries.oneOf(tokens, Arbitraries.strings().ofMaxLength(60));
    }

    @Provide
    Arbitrary<List<MarketEvent>> events() {
        return Arbitraries.oneOf(trades(), quotes(), aggregates(), lulds()).list();
    }

    private static Arbitrary<String> tickers() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5);
    }

    private static Arbitrary<Double> prices() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("99999"))
                .ofScale(4).map(BigDecimal::doubleValue);
    }

    private static Arbitrary<Long> millis() {
        return Arbitraries.longs().between(1_000_000_000_000L, 4_000_000_000_000L);
    }

    private static Arbitrary<int[]> codes() {
        return Arbitraries.integers().between(0, 700).array(int[].class).ofMaxSize(4);
    }

    private Arbitrary<MarketEvent> trades() {
        Arbitrary<Double> sizes = Arbitraries.oneOf(Arbitraries.longs().between(1, 10_000_000).map(Long::doubleValue),
                Arbitraries.bigDecimals().between(new BigDecimal("0.000001"), new BigDecimal("10")).ofScale(6)
                        .map(BigDecimal::doubleValue));
        Arbitrary<Long> optionalMillis = Arbitraries.oneOf(Arbitraries.just(0L), millis());
        return Combinators.combine(tickers(), prices(), sizes, millis(), codes(), optionalMillis, optionalMillis,
                Arbitraries.longs().between(0, Long.MAX_VALUE)).as((sym, p, s, t, c, pt, trft, q) -> {
                    Trade tr = new Trade();
                    tr.ticker = sym;
                    tr.price = p;
                    tr.size = s;
                    tr.sipTs = t * 1_000_000L;
                    tr.conditions = c;
                    tr.participantTs = pt * 1_000_000L;
                    tr.trfTs = trft * 1_000_000L;
                    tr.trfId = trft == 0 ? 0 : 201;
                    tr.sequence = q;
                    tr.exchange = (int) (q % 21);
                    tr.tape = (int) (q % 3) + 1;
                    tr.tradeId = Long.toString(q / 7);
                    tr.origin = "ws";
                    return MarketEvent.of(tr);
                });
    }

    private Arbitrary<MarketEvent> quotes() {
        Arbitrary<int[]> oneCondition = Arbitraries.integers().between(-1, 92).array(int[].class).ofMinSize(0).ofMaxSize(1);
        return Combinators.combine(tickers(), prices(), prices(), Arbitraries.longs().between(0, 100_000),
                millis(), oneCondition, codes()).as((sym, bp, ap, size, t, c, i) -> {
                    Quote q = new Quote();
                    q.ticker = sym;
                    q.bidPrice = bp;
                    q.askPrice = ap;
                    q.bidSize = size;
                    q.askSize = size / 2;
                    q.bidExchange = (int) (size % 20);
                    q.askExchange = 12;
                    q.sipTs = t * 1_000_000L;
                    q.conditions = c;
                    q.indicators = i;
                    q.tape = 2;
                    q.sequence = size * 3;
                    q.sizeUnit = Quote.ROUND_LOTS;
                    q.origin = "ws";
                    return MarketEvent.of(q);
                });
    }

    private Arbitrary<MarketEvent> aggregates() {
        return Combinators.combine(tickers(), prices(), prices(), Arbitraries.longs().between(0, 1_000_000_000L),
                millis(), Arbitraries.of(true, false), Arbitraries.of(Aggregate.SECOND, Aggregate.MINUTE))
                .as((sym, o, c, v, s, otc, tf) -> {
                    Aggregate a = new Aggregate();
                    a.ticker = sym;
                    a.timeframe = tf;
                    a.startMs = s;
                    a.endMs = s + (Aggregate.SECOND.equals(tf) ? 1000 : 60_000);
                    a.open = o;
                    a.close = c;
                    a.high = Math.max(o, c);
                    a.low = Math.min(o, c);
                    a.volume = v;
                    a.dayVolume = v * 3;
                    a.vwap = c;
                    a.dayVwap = o;
                    a.officialOpen = o;
                    a.otc = otc;
                    a.origin = "ws";
                    return MarketEvent.of(a);
                });
    }

    private Arbitrary<MarketEvent> lulds() {
        // Current servers send 19-digit ns; the encoder writes ns so the round trip is exact.
        return Combinators.combine(tickers(), prices(), prices(), millis(), codes(),
                Arbitraries.integers().between(0, 999_999)).as((sym, h, l, t, i, sub) -> {
                    Luld x = new Luld();
                    x.ticker = sym;
                    x.upper = h;
                    x.lower = l;
                    x.ts = t * 1_000_000L + sub;
                    x.indicators = i;
                    x.tape = 3;
                    x.sequence = sub;
                    x.origin = "ws";
                    return MarketEvent.of(x);
                });
    }
}
