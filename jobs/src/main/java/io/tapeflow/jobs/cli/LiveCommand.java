package io.tapeflow.jobs.cli;

import io.tapeflow.jobs.live.LiveJob;
import io.tapeflow.jobs.live.LiveSpec;
import io.tapeflow.jobs.runtime.FlinkEnvironments;
import io.tapeflow.jobs.runtime.LocalJobRunner;
import java.nio.file.Files;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.nio.file.Path;
import java.time.LocalDate;
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

    @Option(names = "--catch-up-from", paramLabel = "YYYY-MM-DD",
            description = "First replay history from this day (flat files or REST), then go live: one job, one state "
                    + "(warm RVOL, day totals, halt state at the open).")
    LocalDate catchUpFrom;

    @Option(names = "--catch-up-to", paramLabel = "YYYY-MM-DD",
            description = "Last history day, inclusive (default: yesterday in New York).")
    LocalDate catchUpTo;

    @Option(names = "--catch-up-source", defaultValue = "flatfiles", paramLabel = "flatfiles|rest",
            description = "Where history comes from: flatfiles (default; --flatfiles-dir or --s3-endpoint) or rest "
                    + "(minute aggregates of the --tickers list from --rest-url).")
    String catchUpSource;

    @Option(names = "--catch-up-dataset", defaultValue = "trades", paramLabel = "trades|minute_aggs",
            description = "The one flat-file dataset the history reads (default: ${DEFAULT-VALUE}).")
    String catchUpDataset;

    @Option(names = "--flatfiles-dir", paramLabel = "DIR", description = "Catch-up flat files: a directory with the bucket's key layout.")
    Path flatFilesDir;

    @Option(names = "--s3-endpoint", paramLabel = "URL", description = "Catch-up flat files from this S3 endpoint (keys from POLYGON_S3_*).")
    String s3Endpoint;

    @Option(names = "--bucket", defaultValue = "flatfiles", description = "Catch-up S3 bucket (default: ${DEFAULT-VALUE}).")
    String bucket;

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
        if (catchUpFrom != null) {
            catchUp(spec);
        } else if (catchUpTo != null || flatFilesDir != null || s3Endpoint != null) {
            throw new TapeflowException("--catch-up-to, --flatfiles-dir and --s3-endpoint need --catch-up-from");
        }
        return spec;
    }

    private void catchUp(LiveSpec spec) {
        LocalDate to = catchUpTo != null ? catchUpTo : LocalDate.now(TimeArgs.NEW_YORK).minusDays(1);
        if (to.isBefore(catchUpFrom)) {
            throw new TapeflowException("--catch-up-to " + to + " is before --catch-up-from " + catchUpFrom);
        }
        spec.catchUpFrom = catchUpFrom;
        spec.catchUpTo = to;
        if ("rest".equals(catchUpSource)) {
            restCatchUp(spec);
            return;
        }
        if (!"flatfiles".equals(catchUpSource)) {
            throw new TapeflowException("--catch-up-source must be flatfiles or rest, got " + catchUpSource);
        }
        if ((flatFilesDir == null) == (s3Endpoint == null)) {
            throw new TapeflowException("--catch-up-from needs exactly one of --flatfiles-dir DIR or --s3-endpoint URL");
        }
        FlatFileDataset dataset = BackfillCommand.parseDatasets(new String[] {catchUpDataset})[0];
        if (dataset != FlatFileDataset.STOCKS_TRADES && dataset != FlatFileDataset.STOCKS_MINUTE_AGGS) {
            throw new TapeflowException("--catch-up-dataset must be trades or minute_aggs, got " + catchUpDataset);
        }
        spec.catchUpStore = flatFilesDir != null ? BackfillSpecs.directory(flatFilesDir)
                : BackfillSpecs.s3(s3Endpoint, bucket);
        spec.catchUpDataset = dataset;
    }

    /** REST history: minute aggregates per ticker, so it needs a ticker list and a key that REST URL accepts. */
    private void restCatchUp(LiveSpec spec) {
        if (flatFilesDir != null || s3Endpoint != null) {
            throw new TapeflowException("--catch-up-source rest reads REST; drop --flatfiles-dir/--s3-endpoint");
        }
        if (tickersFile != null || java.util.Arrays.asList(tickers).contains("*")) {
            throw new TapeflowException("--catch-up-source rest needs a --tickers list (REST has no all-tickers "
                    + "aggregates call)");
        }
        if (!io.tapeflow.jobs.live.LiveJob.hasRest(spec)) {
            throw new TapeflowException("--catch-up-source rest needs --rest-url and " + ApiKeys.ENV
                    + " (or the simulator's local REST URL)");
        }
    }
}
