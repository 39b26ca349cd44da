package io.tapeflow.sinks.parquet;

import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

import java.util.List;
import java.util.Map;

/**
 * Writes flat Avro records to Parquet by position, with one {@link AvroColumnWriter} per column chosen up front: the
 * same file as {@code AvroWriteSupport} (schema from {@link AvroSchemaConverter}, 3-level lists, the
 * {@code parquet.avro.schema} footer key so Avro readers still work) without its per-value schema walk.
 */
final class DirectAvroWriteSupport extends WriteSupport<IndexedRecord> {
    /** AvroWriteSupport's footer key (package-private there); AvroReadSupport reads the file's Avro schema from it. */
    static final String AVRO_SCHEMA_KEY = "parquet.avro.schema";

    private final Schema avroSchema;
    private final MessageType parquetSchema;
    private final String[] names;
    private final boolean[] required;
    private final AvroColumnWriter[] writers;
    private RecordConsumer out;

    /** @param conf must set {@link AvroWriteSupport#WRITE_OLD_LIST_STRUCTURE} as the files need it (false) */
    DirectAvroWriteSupport(Schema avroSchema, Configuration conf) {
        if (avroSchema.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("a dataset schema must be a record, got " + avroSchema.getType());
        }
        if (conf.getBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, true)) {
            throw new IllegalArgumentException("only the 3-level list layout is supported");
        }
        this.avroSchema = avroSchema;
        this.parquetSchema = new AvroSchemaConverter(conf).convert(avroSchema);
        List<Schema.Field> fields = avroSchema.getFields();
        this.names = new String[fields.size()];
        this.required = new boolean[fields.size()];
        this.writers = new AvroColumnWriter[fields.size()];
        for (Schema.Field f : fields) {
            names[f.pos()] = f.name();
            required[f.pos()] = f.schema().getType() != Schema.Type.UNION;
            writers[f.pos()] = AvroColumnWriter.forSchema(f.schema(), f.name());
        }
    }

    @Override
    public String getName() {
        return "avro"; // the writer.model.name footer value AvroWriteSupport leaves
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(parquetSchema, Map.of(AVRO_SCHEMA_KEY, avroSchema.toString()));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(IndexedRecord record) {
        out.startMessage();
        for (int i = 0; i < writers.length; i++) {
            Object value = record.get(i);
            if (value == null) {
                if (required[i]) {
                    throw new IllegalArgumentException("null value for required column '" + names[i] + "'");
                }
                continue;
            }
            out.startField(names[i], i);
            writers[i].write(out, value);
            out.endField(names[i], i);
        }
        out.endMessage();
    }
}
