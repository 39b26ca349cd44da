package io.tapeflow.jobs.serialization;

import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Trade;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Trade and quote serializers against their POJOs, field by field via reflection: a field added to the POJO but not
 * to its serializer fails here instead of being silently dropped on the stream.
 */
class HandWrittenSerializersTest {
    /** Strings the encodings must tell apart and keep: null vs empty, non-ASCII, the origins' one-byte codes. */
    private static final String[] STRINGS = {null, "", "s17é", "AAPL", "日本語", "😀 x", "flatfile", "ws", "FLATFILE",
            "shares", "round_lots", "x".repeat(300)};

    static Stream<Arguments> serializers() {
        return Stream.of(Arguments.of(Trade.class, TradeSerializer.INSTANCE),
                Arguments.of(Quote.class, QuoteSerializer.INSTANCE));
    }

    @ParameterizedTest
    @MethodSource("serializers")
    <T> void everyPublicFieldSurvivesSerializeDeserializeAndCopy(Class<T> type, TypeSerializer<T> serializer)
            throws Exception {
        for (long seed = 1; seed <= 60; seed++) {
            // Given: every field set to a random value (null strings and arrays included)
            T record = randomRecord(type, new Random(seed));
            // When
            DataOutputSerializer out = new DataOutputSerializer(256);
            serializer.serialize(record, out);
            T back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            T copy = serializer.copy(record);
            DataOutputSerializer copied = new DataOutputSerializer(256);
            serializer.copy(new DataInputDeserializer(out.getCopyOfBuffer()), copied);
            // Then
            assertSameFields(type, back, record);
            assertSameFields(type, copy, record);
            assertThat(copied.getCopyOfBuffer()).isEqualTo(out.getCopyOfBuffer());
        }
    }

    @ParameterizedTest
    @MethodSource("serializers")
    <T> void aCopySharesNoMutableArrayWithItsOriginal(Class<T> type, TypeSerializer<T> serializer) throws Exception {
        // Given
        T record = randomRecord(type, new Random(99));
        // When
        T copy = serializer.copy(record);
        // Then
        for (Field f : fields(type)) {
            if (f.getType().isArray() && f.get(record) != null) {
                assertThat(f.get(copy)).as(f.getName()).isNotSameAs(f.get(record));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("serializers")
    <T> void theSnapshotRestoresTheSameSerializerAsCompatible(Class<T> type, TypeSerializer<T> serializer)
            throws Exception {
        // Given
        TypeSerializerSnapshot<T> snapshot = serializer.snapshotConfiguration();
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
        // When
        TypeSerializerSnapshot<T> restored = TypeSerializerSnapshot.readVersionedSnapshot(
                new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
        TypeSerializerSchemaCompatibility<T> compatibility =
                serializer.snapshotConfiguration().resolveSchemaCompatibility(restored);
        // Then
        assertThat(restored.restoreSerializer()).isEqualTo(serializer);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
    }

    private static Field[] fields(Class<?> type) {
        return Stream.of(type.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toArray(Field[]::new);
    }

    private static <T> T randomRecord(Class<T> type, Random random) throws Exception {
        T record = type.getDeclaredConstructor().newInstance();
        for (Field f : fields(type)) {
            Class<?> t = f.getType();
            if (t == long.class) {
                f.setLong(record, random.nextLong());
            } else if (t == int.class) {
                f.setInt(record, random.nextInt());
            } else if (t == double.class) {
                f.setDouble(record, random.nextDouble() * 1000);
            } else if (t == String.class) {
                f.set(record, STRINGS[random.nextInt(STRINGS.length)]);
            } else if (t == int[].class) {
                f.set(record, random.nextInt(5) == 0 ? null : random.ints(random.nextInt(4)).toArray());
            } else {
                throw new AssertionError("field " + f.getName() + " of type " + t + ": extend this test and the"
                        + " serializer");
            }
        }
        return record;
    }

    private static <T> void assertSameFields(Class<T> type, T actual, T expected) throws Exception {
        for (Field f : fields(type)) {
            assertThat(f.get(actual)).as(f.getName()).isEqualTo(f.get(expected));
        }
    }
}
