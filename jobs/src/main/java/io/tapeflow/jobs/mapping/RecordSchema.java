package io.tapeflow.jobs.mapping;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/**
 * A small builder for the dataset Avro schemas that keeps one documented line per column.
 *
 * <p>Rules: every string column is nullable (a union with null, default null) so one bad string never fails a
 * sink; numbers from primitive Java fields are required; boxed or "0 = absent" numbers are nullable; lists are
 * required arrays (empty when there is nothing).
 */
final class RecordSchema {
    static final String NAMESPACE = "io.tapeflow.datasets";

    private final SchemaBuilder.FieldAssembler<Schema> fields;

    RecordSchema(String dataset, String doc) {
        this.fields = SchemaBuilder.record(dataset).namespace(NAMESPACE).doc(doc).fields();
    }

    RecordSchema string(String name, String doc) {
        fields.name(name).doc(doc).type().unionOf().nullType().and().stringType().endUnion().nullDefault();
        return this;
    }

    RecordSchema longs(String name, String doc) {
        fields.name(name).doc(doc).type().longType().noDefault();
        return this;
    }

    RecordSchema optionalLong(String name, String doc) {
        fields.name(name).doc(doc).type().unionOf().nullType().and().longType().endUnion().nullDefault();
        return this;
    }

    RecordSchema ints(String name, String doc) {
        fields.name(name).doc(doc).type().intType().noDefault();
        return this;
    }

    RecordSchema optionalInt(String name, String doc) {
        fields.name(name).doc(doc).type().unionOf().nullType().and().intType().endUnion().nullDefault();
        return this;
    }

    RecordSchema doubles(String name, String doc) {
        fields.name(name).doc(doc).type().doubleType().noDefault();
        return this;
    }

    RecordSchema optionalDouble(String name, String doc) {
        fields.name(name).doc(doc).type().unionOf().nullType().and().doubleType().endUnion().nullDefault();
        return this;
    }

    RecordSchema bool(String name, String doc) {
        fields.name(name).doc(doc).type().booleanType().noDefault();
        return this;
    }

    RecordSchema intList(String name, String doc) {
        fields.name(name).doc(doc).type().array().items().intType().noDefault();
        return this;
    }

    RecordSchema stringList(String name, String doc) {
        fields.name(name).doc(doc).type().array().items().stringType().noDefault();
        return this;
    }

    /** The revision column of changelog datasets (CONTRACT section 2). */
    RecordSchema revision() {
        return ints("revision", "Version of this key: 0, 1, 2 ... deterministic; readers keep the highest.");
    }

    Schema build() {
        return fields.endRecord();
    }
}
