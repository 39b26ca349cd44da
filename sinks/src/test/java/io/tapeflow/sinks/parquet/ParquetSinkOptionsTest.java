package io.tapeflow.sinks.parquet;

import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sink.parquet.* options and the builder's validation messages. */
class ParquetSinkOptionsTest {

    @Test
    void defaultCodecIsZstd() {
        assertThat(ParquetSinkOptions.defaults().compression()).isEqualTo(ParquetSinkOptions.Compression.ZSTD);
        assertThat(ParquetSinkOptions.defaults().partPrefix()).isEqualTo("part");
    }

    @Test
    void codecComesFromTheFlinkConfiguration() {
        Configuration conf = new Configuration();
        conf.setString("sink.parquet.compression", "SNAPPY");
        assertThat(ParquetSinkOptions.from(conf).compression()).isEqualTo(ParquetSinkOptions.Compression.SNAPPY);
    }

    @Test
    void hiddenPartPrefixIsRejectedBecauseReadersSkipDotFiles() {
        Configuration conf = new Configuration();
        conf.set(ParquetSinkOptions.PART_PREFIX, ".part");
        assertThatThrownBy(() -> ParquetSinkOptions.from(conf)).hasMessageContaining("sink.parquet.part-prefix");
    }

    @Test
    void builderRejectsADatasetNameThatIsNotSnakeCase() {
        assertThatThrownBy(() -> ParquetSinks.forDataset("/tmp/x", "Bad-Name", Tick.SCHEMA))
                .hasMessageContaining("snake_case");
    }

    @Test
    void builderWithoutConverterFailsWithTheDatasetName() {
        assertThatThrownBy(() -> ParquetSinks.<Tick>forDataset("/tmp/x", "ticks", Tick.SCHEMA).dayOf(Tick::day).build())
                .hasMessageContaining("converter").hasMessageContaining("ticks");
    }

    @Test
    void aPlainColumnTheSchemaDoesNotHaveFailsNamingIt() {
        assertThatThrownBy(() -> ParquetSinks.<Tick>forDataset("/tmp/x", "ticks", Tick.SCHEMA).plainColumns("ts_ns"))
                .hasMessageContaining("ticks").hasMessageContaining("ts_ns");
    }
}
