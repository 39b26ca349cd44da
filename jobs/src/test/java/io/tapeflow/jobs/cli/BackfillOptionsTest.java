package io.tapeflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.jobs.backfill.BackfillSpec;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BackfillOptionsTest {
    private static BackfillSpec spec(String... args) {
        BackfillCommand cmd = new BackfillCommand();
        new CommandLine(cmd).parseArgs(args);
        return BackfillSpecs.fromOptions(cmd);
    }

    @Test
    void aFlatFileDirectoryWithDatasetsAndTickersBecomesAFlatFileSpec(@TempDir Path dir) {
        BackfillSpec spec = spec("--from", "2024-01-02", "--to", "2024-01-31", "--flatfiles-dir", dir.toString(),
                "--datasets", "trades,day_aggs", "--tickers", "AAPL,MSFT", "--no-raw-archive");

        assertThat(spec.input).isEqualTo(BackfillSpec.Input.FLATFILES);
        assertThat(spec.datasets).containsExactly(FlatFileDataset.STOCKS_TRADES, FlatFileDataset.STOCKS_DAY_AGGS);
        assertThat(spec.tickers).containsExactly("AAPL", "MSFT");
        assertThat(spec.pipeline.archiveRaw).isFalse();
        assertThat(spec.rest).isNull();
    }

    @Test
    void misconfigurationsFailWithOneLineNamingTheOption(@TempDir Path dir) {
        assertThatThrownBy(() -> spec("--from", "2024-01-02", "--to", "2024-01-31"))
                .isInstanceOf(TapeflowException.class).hasMessageContaining("--flatfiles-dir");
        assertThatThrownBy(() -> spec("--from", "2024-01-31", "--to", "2024-01-02", "--flatfiles-dir", dir.toString()))
                .hasMessageContaining("--to 2024-01-02 is before --from 2024-01-31");
        assertThatThrownBy(() -> spec("--from", "2024-01-02", "--to", "2024-01-03", "--flatfiles-dir",
                dir.resolve("missing").toString())).isInstanceOf(TapeflowException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> spec("--from", "2024-01-02", "--to", "2024-01-03", "--flatfiles-dir", dir.toString(),
                "--datasets", "trades,bogus")).hasMessageContaining("unknown flat-file dataset 'bogus'");
        assertThatThrownBy(() -> spec("--from", "2024-01-02", "--to", "2024-01-03", "--source", "rest",
                "--rest-url", "http://127.0.0.1:1")).hasMessageContaining("--tickers");
        assertThatThrownBy(() -> spec("--from", "2024-01-02", "--to", "2024-01-03", "--source", "ftp"))
                .hasMessageContaining("--source must be flatfiles or rest");
    }

    @Test
    void s3WithoutCredentialsInTheEnvironmentFailsFastNamingTheVariables() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("POLYGON_S3_ACCESS_KEY_ID") == null,
                "S3 credentials are set in this environment");

        assertThatThrownBy(() -> spec("--from", "2024-01-02", "--to", "2024-01-03", "--s3-endpoint",
                "https://files.massive.com")).isInstanceOf(TapeflowException.class)
                .hasMessageContaining("POLYGON_S3_ACCESS_KEY_ID");
    }

    @Test
    void restAgainstTheLocalSimulatorNeedsNoKey() {
        BackfillSpec spec = spec("--from", "2024-01-02", "--to", "2024-01-03", "--source", "rest", "--tickers",
                "AAPL", "--rest-url", "http://127.0.0.1:9", "--news");

        assertThat(spec.input).isEqualTo(BackfillSpec.Input.REST);
        assertThat(spec.rest).isNotNull();
        assertThat(spec.news).isTrue();
    }
}
