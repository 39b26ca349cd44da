package io.tapeflow.sources.polygon.flatfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import io.tapeflow.sources.polygon.flatfiles.store.S3FlatFileStore;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store selection from configuration and the builder's fail-fast messages. */
class FlatFileSourceOptionsTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryWinsOverS3AndAMissingOneFailsInOneLine() {
        Configuration conf = new Configuration();
        conf.set(FlatFileSourceOptions.DIRECTORY, dir.toString());
        assertThat(FlatFileSourceOptions.store(conf)).isInstanceOf(LocalFlatFileStore.class);

        conf.set(FlatFileSourceOptions.DIRECTORY, dir.resolve("nope").toString());
        assertThatThrownBy(() -> FlatFileSourceOptions.store(conf)).hasMessageEndingWith("does not exist or is not readable");
    }

    @Test
    void withoutADirectoryTheStoreIsTheMassiveBucketOverS3() {
        S3FlatFileStore store = (S3FlatFileStore) FlatFileSourceOptions.store(new Configuration());

        assertThat(store.describe()).isEqualTo("s3 https://files.massive.com/flatfiles");
    }

    @Test
    void theBuilderRejectsIncompleteOrBackwardsSettings() {
        LocalFlatFileStore store = new LocalFlatFileStore(dir);
        assertThatThrownBy(() -> FlatFileSource.builder().datasets(FlatFileDataset.STOCKS_TRADES).build())
                .hasMessageContaining("needs a store");
        assertThatThrownBy(() -> FlatFileSource.builder().store(store).dateRange(LocalDate.MIN, LocalDate.MAX).build())
                .hasMessageContaining("at least one dataset");
        assertThatThrownBy(() -> FlatFileSource.builder().store(store).datasets(FlatFileDataset.STOCKS_TRADES)
                .dateRange(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-01")).build())
                .hasMessage("flat-file date range ends (2024-01-01) before it starts (2024-02-01)");
    }

    @Test
    void datasetsAreNamedAsOnTheCommandLine() {
        assertThat(FlatFileDataset.fromCliName("minute_aggs")).isEqualTo(FlatFileDataset.STOCKS_MINUTE_AGGS);
        assertThatThrownBy(() -> FlatFileDataset.fromCliName("ticks")).hasMessageContaining("valid: trades, quotes");
    }
}
