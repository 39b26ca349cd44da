package io.tapeflow.jobs.cli;

import io.tapeflow.jobs.live.LiveJob;
import io.tapeflow.jobs.live.LiveSpec;
import io.tapeflow.jobs.runtime.FlinkEnvironments;
import io.tapeflow.jobs.runtime.LocalJobRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code live}: the Polygon/Massive WebSocket through the pipeline into Parquet and MongoDB. */
@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run the live job against the Polygon/Massive WebSocket (key from POLYGON_API_KEY).")
public class LiveCommand implements Callable<Integer> {
    @Option(names = "--ws-url", defaultValue = "wss://socket.massive.com/stocks",
            description = "WebSocket URL (default: ${DEFAULT-VALUE}).")
    String wsUrl;

    @Option(names = "--rest-url", defaultValue = "https://api.massive.com",
            description = "REST base URL for news, ticker details and gap repair (default: ${DEFAULT-VALUE}).")
    String restUrl;

    @Option(names = "--tickers", defaultValue = "*", split = ",",
            description = "Tickers to subscribe, or * for the whole market (default).")
    String[] tickers;

    @Option(names = "--tickers-file", paramLabel = "FILE",
            description = "Tickers, one per line; watched while running (subscribe/unsubscribe without a restart).")
    Path tickersFile;

    @Option(names = "--channels", defaultValue = "T,Q,AM,LULD", split = ",",
            description = "Channels: T, Q, A, AM, LULD (default: ${DEFAULT-VALUE}).")
    String[] channels;

    @Option(names = "--until", paramLabel = "TIME",
            description = "End cleanly once the feed's event time passes TIME (ISO instant or New York date-time).")
    String until;

    @Option(names = "--tier1-tickers", split = ",", paramLabel = "T1,T2",
            description = "LULD Tier 1 tickers (S&P 500, Russell 1000, some ETPs); all others are Tier 2.")
    String[] tier1;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        LiveSpec spec = spec();
        try (JobOutputs outputs = JobOutputs.open(common)) {
            StreamExecutionEnvironment env = FlinkEnvironments.create(common);
            LiveJob.define(env, spec, outputs.sinks());
            LocalJobRunner.runToCompletion(env, "tapeflow live", common.dataDir.resolve("savepoints"),
                    LocalJobRunner.JobProgress.NONE);
        }
        return 0;
    }

    LiveSpec spec() {
        LiveSpec spec = new LiveSpec();
        spec.wsUrl = wsUrl;
        spec.restUrl = restUrl;
        // Fail fast on the client: the key itself is read again on the TaskManagers, never shipped in the job.
        String key = ApiKeys.forUrl(wsUrl);
        if (System.getenv(ApiKeys.ENV) == null) {
            spec.apiKeyEnv = null;
            spec.fixedApiKey = key; // the simulator's public test key
        }
        if (tickersFile != null) {
            if (!Files.isReadable(tickersFile)) {
                throw new TapeflowException("--tickers-file " + tickersFile + " is not a readable file");
            }
            spec.tickersFile = tickersFile.toAbsolutePath();
        }
        spec.tickers = tickers;
        spec.channels = channels;
        if (until != null) {
            spec.untilNs = TimeArgs.toEpochNanos("--until", until);
        }
        if (tier1 != null) {
            spec.pipeline.semantics.tier1Tickers = tier1;
        }
        return spec;
    }
}
