package io.tapeflow.sinks.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index key type is a consistent total order whose equality is mongo-java-server's key equality (values
 * normalized: 1, 1L and 1.0 are one key), and it stores keys so that they read back equal.
 */
class KeyValueDataTypeTest {
    private static final long TWO_TO_53 = 1L << 53;

    private final KeyValueDataType type = new KeyValueDataType();

    @Property(tries = 300)
    void compareIsAntisymmetric(@ForAll("keys") KeyValue a, @ForAll("keys") KeyValue b) {
        assertThat(Integer.signum(type.compare(a, b))).isEqualTo(-Integer.signum(type.compare(b, a)));
    }

    @Property(tries = 300)
    void compareIsTransitive(@ForAll("keys") KeyValue a, @ForAll("keys") KeyValue b, @ForAll("keys") KeyValue c) {
        List<KeyValue> sorted = new ArrayList<>(List.of(a, b, c));
        sorted.sort(type);
        // Given a <= b <= c by the type, then a <= c, and a == c only if all three are equal
        assertThat(type.compare(sorted.get(0), sorted.get(1))).isLessThanOrEqualTo(0);
        assertThat(type.compare(sorted.get(1), sorted.get(2))).isLessThanOrEqualTo(0);
        assertThat(type.compare(sorted.get(0), sorted.get(2))).isLessThanOrEqualTo(0);
        if (type.compare(sorted.get(0), sorted.get(2)) == 0) {
            assertThat(type.compare(sorted.get(0), sorted.get(1))).isZero();
        }
    }

    @Property(tries = 500)
    void keysAreEqualExactlyWhenTheirNormalizedFormsAre(@ForAll("pairs") KeyValue[] pair) {
        KeyValue a = pair[0];
        KeyValue b = pair[1];
        boolean equal = a.normalized().equals(b.normalized());
        Statistics.collect(equal ? "equal" : "different");
        assertThat(type.compare(a, b) == 0).isEqualTo(equal);
        // the property says little unless equal pairs (beyond identical ones) come up
        Statistics.coverage(coverage -> coverage.check("equal").count(n -> n >= 100));
    }

    @Property(tries = 200)
    void aWrittenKeyReadsBackAsTheSameKey(@ForAll("keys") KeyValue key) {
        // Given the key as the index stores it (normalized)
        KeyValue normalized = key.normalized();
        // When written and read back
        WriteBuffer out = new WriteBuffer();
        type.write(out, normalized);
        ByteBuffer in = out.getBuffer();
        in.flip();
        KeyValue read = type.read(in);
        // Then nothing is left over and it is the same key
        assertThat(in.remaining()).isZero();
        assertThat(read).isEqualTo(normalized);
        assertThat(type.compare(read, key)).isZero();
    }

    @Example
    void oneAsIntegerLongAndDoubleIsOneKeyLikeInMongoDb() {
        assertThat(type.compare(new KeyValue(1), new KeyValue(1.0))).isZero();
        assertThat(type.compare(new KeyValue(1L), new KeyValue(1.0))).isZero();
        assertThat(type.compare(new KeyValue(new Document("a", 1)), new KeyValue(new Document("a", 1.0)))).isZero();
    }

    @Example
    void aLongIsNotADoubleWithTheSameIntegerPart() {
        // ValueComparator compares a long beyond the int range with a double as two longs, which ties these
        assertThat(type.compare(new KeyValue(3_000_000_000L), new KeyValue(3_000_000_000.5))).isNegative();
        assertThat(type.compare(new KeyValue(3_000_000_000.5), new KeyValue(3_000_000_000L))).isPositive();
        assertThat(type.compare(new KeyValue(TWO_TO_53 + 1), new KeyValue((double) TWO_TO_53))).isPositive();
    }

    @Example
    void stringsSortInMongoDbOrderAfterNumbers() {
        assertThat(type.compare(new KeyValue("AAPL:1m:1"), new KeyValue("MSFT:1m:0"))).isNegative();
        assertThat(type.compare(new KeyValue(99.0), new KeyValue("A"))).isNegative();
    }

    @Example
    void emptyArraysInsideDocumentsAreEqualKeys() {
        // ValueComparator orders two distinct empty arrays nested in documents as "less" both ways
        KeyValue a = new KeyValue(new Document("a", new ArrayList<>()));
        KeyValue b = new KeyValue(new Document("a", new ArrayList<>()));
        assertThat(type.compare(a, b)).isZero();
    }

    /** Independent keys, or a key and the same key with its numbers in other types (1 as 1.0, 2.0 as 2L). */
    @Provide
    Arbitrary<KeyValue[]> pairs() {
        Arbitrary<KeyValue[]> independent = Combinators.combine(keys(), keys()).as((a, b) -> new KeyValue[] {a, b});
        Arbitrary<KeyValue[]> retyped = keys().map(a -> new KeyValue[] {a, new KeyValue(
                a.stream().map(KeyValueDataTypeTest::otherNumberType).collect(Collectors.toList()))});
        return Arbitraries.oneOf(independent, retyped);
    }

    private static Object otherNumberType(Object value) {
        if (value instanceof Integer) {
            return ((Integer) value).doubleValue();
        } else if (value instanceof Double && isSmallWholeNumber((Double) value)) {
            return ((Double) value).longValue();
        } else if (value instanceof Document) {
            Document copy = new Document();
            ((Document) value).forEach((k, v) -> copy.append(k, otherNumberType(v)));
            return copy;
        } else if (value instanceof List) {
            return ((List<?>) value).stream().map(KeyValueDataTypeTest::otherNumberType)
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        return value;
    }

    private static boolean isSmallWholeNumber(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }

    @Provide
    Arbitrary<KeyValue> keys() {
        return value().list().ofMinSize(1).ofMaxSize(3).map(KeyValue::new);
    }

    /** Few distinct values, so that equal and tied pairs are frequent; nested documents keep one field order. */
    private Arbitrary<Object> value() {
        return Arbitraries.lazyOf(
                KeyValueDataTypeTest::scalar,
                () -> Combinators.combine(scalar(), scalar())
                        .as((x, y) -> (Object) new Document("a", x).append("b", y)),
                () -> Combinators.combine(scalar(), scalar()).as((x, y) -> (Object) new Document("a", x)
                        .append("b", new ArrayList<>(Collections.singletonList(y)))),
                () -> scalar().list().ofMaxSize(2).map(l -> (Object) new ArrayList<>(l)));
    }

    private static Arbitrary<Object> scalar() {
        return Arbitraries.oneOf(
                Arbitraries.of("A", "AAPL:1m:0", "AAPL:1m:60000", "b", ""),
                Arbitraries.integers().between(-2, 2).map(i -> (Object) i),
                Arbitraries.of(1L, 2L, 3_000_000_000L, TWO_TO_53, TWO_TO_53 + 1, TWO_TO_53 + 2, Long.MAX_VALUE),
                Arbitraries.of(1.0, 1.5, -0.0, 0.0, 3_000_000_000.0, 3_000_000_000.5, (double) TWO_TO_53, Double.NaN),
                Arbitraries.of(true, false),
                Arbitraries.of(Instant.EPOCH, Instant.ofEpochSecond(1_710_509_400)),
                Arbitraries.just(null));
    }
}
