package io.tapeflow.sources.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every record a source emits is a Flink POJO: serialized field by field, never by Kryo, and round-trips intact. */
class ModelSerializationTest {

    @ParameterizedTest
    @ValueSource(classes = {MarketEvent.class, Trade.class, Quote.class, Luld.class, Aggregate.class, Gap.class,
            Reject.class, News.class, TickerDetails.class})
    void recordTypeIsAPojoWithoutKryo(Class<?> type) {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(type);
    }

    @Test
    void marketEventRoundTripsWithNullPayloadsAndArrays() throws Exception {
        // Given
        Trade t = new Trade();
        t.ticker = "AAPL";
        t.sipTs = 1_651_684_192_462_000_000L;
        t.price = 161.87;
        t.size = 300;
        t.conditions = new int[] {14, 41};
        t.tradeId = "5096";
        t.origin = Origin.WS.value();
        MarketEvent event = MarketEvent.of(t);

        // When
        MarketEvent copy = roundTrip(event);

        // Then
        assertThat(copy).isEqualTo(event);
        assertThat(copy.quote).isNull();
        assertThat(copy.trade.conditions).containsExactly(14, 41);
        assertThat(copy.eventTimeMillis()).isEqualTo(1_651_684_192_462L);
    }

    @Test
    void gapAndRejectRoundTrip() throws Exception {
        // Given
        Gap g = new Gap();
        g.feed = "ws:stocks:0";
        g.startTs = 1L;
        g.endTs = 2_000_000L;
        g.tickers = new String[] {"AAPL", "MSFT"};
        g.reason = "reconnect";
        Reject r = Reject.of("ws", "ws:stocks:0 frame 7", "unknown event type XYZ", "{\"ev\":\"XYZ\"}");

        // Then
        assertThat(roundTrip(MarketEvent.of(g))).isEqualTo(MarketEvent.of(g));
        assertThat(roundTrip(MarketEvent.of(r))).isEqualTo(MarketEvent.of(r));
        assertThat(r.id()).startsWith("ws:").hasSize(3 + 32);
    }

    @Test
    void feedTimeIsTheMarketPayloadsOwnTimeInNanosAndZeroForGapsAndRejects() {
        // Given
        Quote q = new Quote();
        q.sipTs = 1_651_684_192_462_000_123L;
        Luld l = new Luld();
        l.ts = 1_651_684_200_000_000_007L;
        Aggregate a = new Aggregate();
        a.startMs = 1_651_684_140_000L;
        // Then
        assertThat(MarketEvent.of(q).feedTimeNanos()).isEqualTo(1_651_684_192_462_000_123L);
        assertThat(MarketEvent.of(l).feedTimeNanos()).isEqualTo(1_651_684_200_000_000_007L);
        assertThat(MarketEvent.of(a).feedTimeNanos()).isEqualTo(1_651_684_140_000_000_000L);
        assertThat(MarketEvent.of(new Gap()).feedTimeNanos()).isZero();
        assertThat(MarketEvent.of(Reject.of("ws", "x", "y", "z")).feedTimeNanos()).isZero();
    }

    private static MarketEvent roundTrip(MarketEvent e) throws Exception {
        ExecutionConfig config = new ExecutionConfig();
        config.disableGenericTypes();
        TypeSerializer<MarketEvent> serializer =
                TypeInformation.of(MarketEvent.class).createSerializer(config.getSerializerConfig());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(e, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
