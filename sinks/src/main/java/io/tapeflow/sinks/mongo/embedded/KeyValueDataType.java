package io.tapeflow.sinks.mongo.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The H2 MVStore key type of the embedded server's unique indexes: compares mongo-java-server's {@link KeyValue}s in
 * memory, in MongoDB's value order, and stores each element in H2's compact form.
 *
 * <p>Why: with H2's default {@link ObjectDataType}, a {@code KeyValue} (neither a type H2 knows nor
 * {@link Comparable}) was Java-serialized on both sides of every comparison, about 18 per lookup, which made each
 * upsert by {@code _id} cost hundreds of microseconds.
 *
 * <p>Order: element by element with {@link ValueComparator} (so 1 and 1.0 are the same key, as in MongoDB). Where it
 * ties values that are distinct keys (it compares a long beyond the int range with a double as two longs, so
 * 3000000000 ties 3000000000.5) the tie is broken by H2's own order of the normalized values. Documents and arrays
 * compare by H2's order of their normalized form (serialized bytes, as every key was before), because
 * {@code ValueComparator} compares arrays nested in documents by their smallest element, which is not a total order.
 * Field order counts, as in MongoDB: {@code {a:1,b:2}} and {@code {b:2,a:1}} are different keys.
 *
 * <p>The on-disk order differs from a file written with the default type, so such a file must not be opened with
 * this one (see {@link EmbeddedMongo#LEGACY_FILE_NAME}).
 */
final class KeyValueDataType extends BasicDataType<KeyValue> {
    private static final Comparator<Object> BSON_ORDER = ValueComparator.ascWithoutListHandling();

    /** H2's type for single values; it keeps per-instance state, hence one per map like H2's own default. */
    private final ObjectDataType elements = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int c = compareElements(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private int compareElements(Object x, Object y) {
        if (x instanceof String && y instanceof String) {
            // ValueComparator's order for two strings, without its type lookup (most keys are string _ids)
            return ((String) x).compareTo((String) y);
        }
        if (isContainer(x) && isContainer(y) && x.getClass() == y.getClass()) {
            return elements.compare(normalized(x), normalized(y));
        }
        int c = BSON_ORDER.compare(x, y);
        if (c != 0 || Objects.equals(x, y)) {
            return c;
        }
        return elements.compare(normalized(x), normalized(y));
    }

    private static boolean isContainer(Object value) {
        return value instanceof Map || value instanceof Collection;
    }

    /** mongo-java-server's own normalization (numbers to double unless that loses precision, -0.0 to 0.0, null). */
    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 48; // the KeyValue, its list and array
        for (Object value : key) {
            memory += elements.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buff, KeyValue key) {
        buff.putVarInt(key.size());
        for (Object value : key) {
            elements.write(buff, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buff) {
        int size = DataUtils.readVarInt(buff);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(elements.read(buff));
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
