package io.tapeflow.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.jobs.live.LiveSpec;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LiveCatchUpOptionsTest {
    private static LiveSpec spec(String... args) {
        LiveCommand cmd = new LiveCommand();
        String[] all = new String[args.length + 2];
        all[0] = "--ws-url";
        all[1] = "ws://127.0.0.1:1/stocks";
        System.arraycopy(args, 0, all, 2, args.length);
        new CommandLine(cmd).parseArgs(all);
        return cmd.spec();
    }

    @Test
    void catchUpOptionsBecomeAHistoryRangeBeforeTheLiveFeed(@TempDir Path dir) {
        LiveSpec spec = spec("--catch-up-from", "2024-03-01", "--catch-up-to", "2024-03-14", "--flatfiles-dir",
                dir.toString(), "--catch-up-dataset", "minute_aggs");

        assertThat(spec.catchUpStore).isNotNull();
        assertThat(spec.catchUpFrom).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(spec.catchUpTo).isEqualTo(LocalDate.parse("2024-03-14"));
        assertThat(spec.catchUpDataset).isEqualTo(FlatFileDataset.STOCKS_MINUTE_AGGS);
    }

    @Test
    void withoutCatchUpTheLiveJobHasNoHistory() {
        assertThat(spec().catchUpStore).isNull();
    }

    @Test
    void catchUpMisconfigurationsFailWithOneLine(@TempDir Path dir) {
        assertThatThrownBy(() -> spec("--catch-up-from", "2024-03-01", "--catch-up-to", "2024-03-14"))
                .isInstanceOf(TapeflowException.class).hasMessageContaining("exactly one of --flatfiles-dir");
        assertThatThrownBy(() -> spec("--flatfiles-dir", dir.toString()))
                .hasMessageContaining("need --catch-up-from");
        assertThatThrownBy(() -> spec("--catch-up-from", "2024-03-01", "--catch-up-to", "2024-03-14",
                "--flatfiles-dir", dir.toString(), "--catch-up-dataset", "quotes"))
                .hasMessageContaining("trades or minute_aggs");
        assertThatThrownBy(() -> spec("--catch-up-from", "2024-03-14", "--catch-up-to", "2024-03-01",
                "--flatfiles-dir", dir.toString())).hasMessageContaining("is before --catch-up-from");
    }

    @Test
    void restCatchUpReadsTheListedTickersFromTheLocalRestUrl() {
        // Given the simulator's REST URL (its key is used without POLYGON_API_KEY) and a ticker list
        LiveSpec spec = spec("--rest-url", "http://127.0.0.1:1", "--tickers", "AAPL,MSFT", "--catch-up-from",
                "2024-03-01", "--catch-up-to", "2024-03-14", "--catch-up-source", "rest");

        // Then history is REST: a range and no flat-file store
        assertThat(spec.catchUpStore).isNull();
        assertThat(spec.catchUpFrom).isEqualTo(LocalDate.parse("2024-03-01"));
        assertThat(spec.catchUpTo).isEqualTo(LocalDate.parse("2024-03-14"));
    }

    @Test
    void restCatchUpMisconfigurationsFailWithOneLine(@TempDir Path dir) {
        assertThatThrownBy(() -> spec("--rest-url", "http://127.0.0.1:1", "--catch-up-from", "2024-03-01",
                "--catch-up-to", "2024-03-14", "--catch-up-source", "rest"))
                .isInstanceOf(TapeflowException.class).hasMessageContaining("needs a --tickers list");
        assertThatThrownBy(() -> spec("--rest-url", "http://127.0.0.1:1", "--tickers", "AAPL", "--catch-up-from",
                "2024-03-01", "--catch-up-to", "2024-03-14", "--catch-up-source", "rest", "--flatfiles-dir",
                dir.toString())).hasMessageContaining("drop --flatfiles-dir");
        assertThatThrownBy(() -> spec("--tickers", "AAPL", "--catch-up-from", "2024-03-01", "--catch-up-to",
                "2024-03-14", "--catch-up-source", "ftp")).hasMessageContaining("flatfiles or rest");
    }
}
