package io.tapeflow.jobs.serialization;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.Trade;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources' union type through its hand-written serializer: every payload kind, copies and the wire. */
class MarketEventSerializerTest {
    private final TypeSerializer<MarketEvent> serializer = MarketEventSerializer.TYPE.createSerializer(
            new SerializerConfigImpl());

    @Test
    void everyPayloadKindSurvivesTheWireAndACopy() throws Exception {
        for (MarketEvent e : oneOfEachKind()) {
            // When
            DataOutputSerializer out = new DataOutputSerializer(128);
            serializer.serialize(e, out);
            MarketEvent back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            MarketEvent copy = serializer.copy(e);
            // Then
            assertThat(back).as(e.kind.name()).usingRecursiveComparison().isEqualTo(e);
            assertThat(copy).as(e.kind.name()).usingRecursiveComparison().isEqualTo(e);
        }
    }

    @Test
    void everyPayloadFieldOfTheUnionIsCopiedAndNoneIsShared() throws Exception {
        // Given: every payload field set at once, so a payload field added to MarketEvent but not to the serializer
        // comes back null here
        MarketEvent all = new MarketEvent();
        all.kind = EventKind.TRADE;
        for (MarketEvent e : oneOfEachKind()) {
            for (Field f : payloadFields()) {
                if (f.get(e) != null) f.set(all, f.get(e));
            }
        }
        // When
        MarketEvent copy = serializer.copy(all);
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(all, out);
        MarketEvent back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        // Then
        for (Field f : payloadFields()) {
            assertThat(f.get(all)).as(f.getName()).isNotNull();
            assertThat(f.get(copy)).as(f.getName()).isNotSameAs(f.get(all)).usingRecursiveComparison()
                    .isEqualTo(f.get(all));
            assertThat(f.get(back)).as(f.getName()).usingRecursiveComparison().isEqualTo(f.get(all));
        }
    }

    @Test
    void anEventWithoutKindOrPayloadRoundTrips() throws Exception {
        // Given
        MarketEvent empty = new MarketEvent();
        // When
        DataOutputSerializer out = new DataOutputSerializer(8);
        serializer.serialize(empty, out);
        MarketEvent back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        // Then
        assertThat(back).usingRecursiveComparison().isEqualTo(empty);
        assertThat(serializer.copy((MarketEvent) null)).isNull();
    }

    @Test
    void theSnapshotRestoresAnEqualSerializerAndDuplicatesAreIndependent() throws Exception {
        // Given
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        // When
        TypeSerializerSnapshot<MarketEvent> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
        // Then
        assertThat(restored.restoreSerializer()).isEqualTo(serializer);
        assertThat(serializer.duplicate()).isEqualTo(serializer).isNotSameAs(serializer);
    }

    private static List<Field> payloadFields() {
        return Stream.of(MarketEvent.class.getFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()) && f.getType() != EventKind.class).toList();
    }

    private static List<MarketEvent> oneOfEachKind() {
        List<MarketEvent> events = new ArrayList<>();
        Trade t = new Trade();
        t.ticker = "AAPL";
        t.sipTs = 1_710_509_400_123_456_789L;
        t.price = 172.5;
        t.size = 100;
        t.conditions = new int[] {12, 37};
        t.tradeId = "52983525029461";
        t.origin = "ws";
        events.add(MarketEvent.of(t));
        Quote q = new Quote();
        q.ticker = "MSFT";
        q.bidPrice = 410.1;
        q.askPrice = 410.2;
        q.indicators = new int[] {604};
        events.add(MarketEvent.of(q));
        Luld l = new Luld();
        l.ticker = "GME";
        l.upper = 30.5;
        l.lower = 27.1;
        l.indicators = new int[] {17};
        events.add(MarketEvent.of(l));
        Aggregate a = new Aggregate();
        a.ticker = "TSLA";
        a.timeframe = Aggregate.MINUTE;
        a.close = 180.25;
        events.add(MarketEvent.of(a));
        Gap g = new Gap();
        g.feed = "ws:stocks:0";
        g.tickers = new String[] {"AAPL", "MSFT"};
        g.reason = "reconnect";
        events.add(MarketEvent.of(g));
        events.add(MarketEvent.of(Reject.of("ws", "frame 3", "bad json", "{\"ev\":")));
        News n = new News();
        n.id = "n1";
        n.source = News.BENZINGA;
        n.tickers = new String[] {"GME"};
        events.add(MarketEvent.of(n));
        return events;
    }
}
