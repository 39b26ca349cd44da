package io.tapeflow.sinks.parquet;

import org.apache.avro.Schema;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes one non-null value of one Avro type to a Parquet {@link RecordConsumer}, chosen once per column from the
 * schema instead of per value as {@code AvroWriteSupport} does.
 *
 * <p>Covers what the dataset schemas use: boolean, int, long, float, double, string, {@code [null, X]} unions and
 * arrays of those, the latter in the standard 3-level LIST layout. Anything else fails when the writer is created.
 */
@FunctionalInterface
interface AvroColumnWriter {
    void write(RecordConsumer out, Object value);

    /** The writer for values of {@code schema}; {@code column} names the column in error messages. */
    static AvroColumnWriter forSchema(Schema schema, String column) {
        switch (schema.getType()) {
            case BOOLEAN:
                return (out, v) -> out.addBoolean((Boolean) v);
            case INT:
                return (out, v) -> out.addInteger(((Number) v).intValue());
            case LONG:
                return (out, v) -> out.addLong(((Number) v).longValue());
            case FLOAT:
                return (out, v) -> out.addFloat(((Number) v).floatValue());
            case DOUBLE:
                return (out, v) -> out.addDouble(((Number) v).doubleValue());
            case STRING:
                return new StringWriter();
            case UNION:
                return forSchema(nonNullBranch(schema, column), column);
            case ARRAY:
                return new ThreeLevelListWriter(forSchema(schema.getElementType(), column + ".element"), column);
            default:
                throw new IllegalArgumentException("column '" + column + "': Avro type " + schema.getType()
                        + " is not supported by the direct Parquet writer");
        }
    }

    /** The X of a {@code [null, X]} union, the only unions the dataset schemas use. */
    private static Schema nonNullBranch(Schema union, String column) {
        List<Schema> types = union.getTypes();
        if (types.size() == 2 && types.get(0).getType() == Schema.Type.NULL) {
            return types.get(1);
        }
        if (types.size() == 2 && types.get(1).getType() == Schema.Type.NULL) {
            return types.get(0);
        }
        throw new IllegalArgumentException("column '" + column + "': only [null, X] unions are supported, got "
                + union);
    }

    /**
     * UTF-8 bytes of a string column, reusing the previous value's bytes when the string repeats (origin, size unit,
     * runs of one ticker): {@code getBytes} is an intrinsic copy for Latin-1 strings, unlike Parquet's CharsetEncoder.
     */
    final class StringWriter implements AvroColumnWriter {
        private String last;
        private Binary lastBinary;

        @Override
        public void write(RecordConsumer out, Object value) {
            if (!(value instanceof String)) {
                // Avro's Utf8 is mutable and reused by readers: never cache it.
                out.addBinary(Binary.fromString(value.toString()));
                return;
            }
            if (!value.equals(last)) {
                // Constant (never mutated) bytes: the dictionary writer may keep a reference to them.
                lastBinary = Binary.fromConstantByteArray(((String) value).getBytes(StandardCharsets.UTF_8));
                last = (String) value;
            }
            out.addBinary(lastBinary);
        }
    }

    /** {@code group (LIST) { repeated group list { element } }}, exactly as parquet-avro writes it. */
    final class ThreeLevelListWriter implements AvroColumnWriter {
        private final AvroColumnWriter element;
        private final String column;

        ThreeLevelListWriter(AvroColumnWriter element, String column) {
            this.element = element;
            this.column = column;
        }

        @Override
        public void write(RecordConsumer out, Object value) {
            List<?> list = (List<?>) value;
            int size = list.size();
            out.startGroup();
            if (size > 0) {
                out.startField("list", 0);
                for (int i = 0; i < size; i++) {
                    Object item = list.get(i);
                    if (item == null) {
                        throw new IllegalArgumentException("null element in list column '" + column + "'");
                    }
                    out.startGroup();
                    out.startField("element", 0);
                    element.write(out, item);
                    out.endField("element", 0);
                    out.endGroup();
                }
                out.endField("list", 0);
            }
            out.endGroup();
        }
    }
}
