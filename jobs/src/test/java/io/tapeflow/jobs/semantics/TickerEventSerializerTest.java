package io.tapeflow.jobs.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Luld;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.SplittableRandom;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** The hand-written shuffle serializer keeps every field of every payload, copies deeply and restores from its snapshot. */
class TickerEventSerializerTest {
    private static final TickerEventSerializer SERIALIZER = TickerEventSerializer.INSTANCE;
    private final SplittableRandom random = new SplittableRandom(11);

    @Test
    void everyFieldOfEveryPayloadSurvivesTheRoundTrip() throws Exception {
        for (int i = 0; i < 200; i++) {
            // Given an event with every public field of itself and its payloads set to a random non-default value
            TickerEvent e = filled(new TickerEvent());
            e.trade = filled(new Trade());
            e.quote = filled(new Quote());
            e.luld = filled(new Luld());
            e.aggregate = filled(new Aggregate());

            // When / Then
            assertThat(roundTrip(e)).usingRecursiveComparison().isEqualTo(e);
        }
    }

    @Test
    void eachSingleKindEventAndNullFieldsSurviveTheRoundTrip() throws Exception {
        // Given the shapes the pipeline emits: one payload each, and nulls where the model allows them
        TickerEvent trade = TickerEvent.of(filled(new Trade()));
        trade.trade.conditions = null;
        trade.trade.origin = null;
        TickerEvent quote = TickerEvent.of(filled(new Quote()));
        quote.quote.indicators = new int[0];
        TickerEvent news = TickerEvent.news("AAPL", "n-1", 1_700_000_000_000L);
        TickerEvent empty = new TickerEvent();

        // When / Then
        for (TickerEvent e : new TickerEvent[] {trade, quote, TickerEvent.of(filled(new Luld())),
                TickerEvent.of(filled(new Aggregate())), news, empty}) {
            assertThat(roundTrip(e)).usingRecursiveComparison().isEqualTo(e);
        }
    }

    @Test
    void aPayloadTickerIsWrittenOnceWhenTheEventCarriesItAndKeptWhenItDiffers() throws Exception {
        // Given trades whose own ticker is the event's, another one, or missing
        TickerEvent same = TickerEvent.of(filled(new Trade()));
        same.trade.ticker = same.ticker;
        TickerEvent other = TickerEvent.of(filled(new Trade()));
        other.ticker = "AAPL";
        other.trade.ticker = "MSFT";
        TickerEvent none = TickerEvent.of(filled(new Trade()));
        none.trade.ticker = null;
        TickerEvent noTicker = TickerEvent.of(filled(new Trade()));
        noTicker.ticker = null;
        noTicker.trade.ticker = null;

        // When / Then
        for (TickerEvent e : new TickerEvent[] {same, other, none, noTicker}) {
            assertThat(roundTrip(e)).usingRecursiveComparison().isEqualTo(e);
        }
        TickerEvent equal = SERIALIZER.copy(same);
        equal.trade.ticker = new String(same.ticker.toCharArray()); // equal, not the same instance
        assertThat(size(equal)).isEqualTo(size(same));
        TickerEvent spelled = SERIALIZER.copy(same);
        spelled.trade.ticker = "Z" + same.ticker; // one char longer than the event's: written out in full
        assertThat(size(spelled)).isGreaterThan(size(same) + same.ticker.length());
    }

    @Test
    void nullEmptyAndNonAsciiStringsStayDistinct() throws Exception {
        for (String s : new String[] {null, "", "é", "日本語", "😀", "\uD800"}) {
            // Given
            TickerEvent e = TickerEvent.news(s, s, 1_700_000_000_000L);
            e.trade = filled(new Trade());
            e.trade.tradeId = s;
            e.trade.origin = s;

            // When / Then
            assertThat(roundTrip(e)).usingRecursiveComparison().isEqualTo(e);
        }
    }

    @Test
    void aCopyIsDeep() throws Exception {
        // Given
        TickerEvent e = TickerEvent.of(filled(new Trade()));
        int first = e.trade.conditions[0];

        // When
        TickerEvent copy = SERIALIZER.copy(e);
        copy.trade.conditions[0] = first + 1;
        copy.trade.price = -1;

        // Then
        assertThat(copy).isNotSameAs(e);
        assertThat(e.trade.conditions[0]).isEqualTo(first);
        assertThat(e.trade.price).isNotEqualTo(-1);
    }

    @Test
    void theSnapshotRestoresTheSameSerializerAsCompatible() throws Exception {
        // Given
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, SERIALIZER.snapshotConfiguration());

        // When
        TypeSerializerSnapshot<TickerEvent> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());

        // Then
        assertThat(restored.restoreSerializer()).isSameAs(SERIALIZER);
        TypeSerializerSchemaCompatibility<TickerEvent> compatibility =
                SERIALIZER.snapshotConfiguration().resolveSchemaCompatibility(restored);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
        assertThat(MarketSemantics.EVENT.createSerializer(new org.apache.flink.api.common.serialization
                .SerializerConfigImpl())).isSameAs(SERIALIZER);
    }

    private static TickerEvent roundTrip(TickerEvent e) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        SERIALIZER.serialize(e, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        TickerEvent back = SERIALIZER.deserialize(in);
        assertThat(in.available()).as("bytes left after reading").isZero();
        return back;
    }

    private static int size(TickerEvent e) throws Exception {
        DataOutputSerializer out = new DataOutputSerializer(64);
        SERIALIZER.serialize(e, out);
        return out.length();
    }

    /** Sets every public instance field of a flat model object (strings, primitives, int[]) to a random value. */
    private <T> T filled(T o) throws IllegalAccessException {
        for (Field f : o.getClass().getFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            Class<?> t = f.getType();
            if (t == String.class) f.set(o, "s" + random.nextInt(1, 1_000_000));
            else if (t == long.class) f.setLong(o, random.nextLong(1, Long.MAX_VALUE));
            else if (t == int.class) f.setInt(o, random.nextInt(1, Integer.MAX_VALUE));
            else if (t == double.class) f.setDouble(o, random.nextDouble(0.001, 1e9));
            else if (t == boolean.class) f.setBoolean(o, true);
            else if (t == int[].class) f.set(o, random.ints(random.nextInt(1, 5), 0, 100).toArray());
            else if (t.getPackageName().startsWith("io.tapeflow")) continue; // payloads: filled by the caller
            else throw new AssertionError("a field type the test cannot fill: " + f);
        }
        return o;
    }
}
