package io.tapeflow.jobs.cli;

import io.tapeflow.jobs.backfill.BackfillJob;
import io.tapeflow.jobs.backfill.BackfillPlan;
import io.tapeflow.jobs.backfill.BackfillProgress;
import io.tapeflow.jobs.backfill.BackfillSpec;
import io.tapeflow.jobs.backfill.CompleteDays;
import io.tapeflow.jobs.backfill.DirectoryCompleteDays;
import io.tapeflow.jobs.backfill.MongoCompleteDays;
import io.tapeflow.jobs.runtime.FlinkEnvironments;
import io.tapeflow.jobs.runtime.LocalJobRunner;
import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backfill}: the same pipeline over history, from flat files or REST aggregates, in BATCH execution mode. */
@Command(name = "backfill", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the pipeline over history (flat files or REST) into the same outputs as 'live'.",
                "Re-running a range is safe: outputs are upserts and revisioned changelogs."})
public class BackfillCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First trading day, inclusive.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last trading day, inclusive.")
    LocalDate to;

    @Option(names = "--source", defaultValue = "flatfiles", paramLabel = "flatfiles|rest",
            description = "flatfiles (default) or rest (minute aggregates of --tickers from the REST API).")
    String source;

    @ArgGroup(exclusive = true)
    FlatFileLocation location;

    @Option(names = "--datasets", defaultValue = "trades,quotes,minute_aggs", split = ",",
            description = "Flat-file datasets: trades, quotes, minute_aggs, day_aggs (default: ${DEFAULT-VALUE}).")
    String[] datasets;

    @Option(names = "--tickers", defaultValue = "*", split = ",",
            description = "Only these tickers (default: all; REST needs a list).")
    String[] tickers;

    @Option(names = "--rest-url", defaultValue = "https://api.massive.com",
            description = "REST base URL for --source rest and --news (default: ${DEFAULT-VALUE}); key from POLYGON_API_KEY.")
    String restUrl;

    @Option(names = "--news", description = "Also read the news published in the range (REST), joined to halts.")
    boolean news;

    @Option(names = "--skip-complete",
            description = "Skip days already complete in the outputs (markers written after each successful run).")
    boolean skipComplete;

    @Option(names = "--no-raw-archive",
            description = "Do not copy trades/quotes to Parquet (the flat files already are the raw archive).")
    boolean noRawArchive;

    @Option(names = "--tier1-tickers", split = ",", paramLabel = "T1,T2", description = "LULD Tier 1 tickers.")
    String[] tier1;

    @Mixin
    CommonOptions common;

    /** Where the flat files are: a directory with the bucket's key layout, or the S3 bucket. */
    static class FlatFileLocation {
        @Option(names = "--flatfiles-dir", paramLabel = "DIR", description = "Directory holding the bucket's key layout.")
        Path dir;

        @ArgGroup(exclusive = false)
        S3Location s3;
    }

    /** The S3 flat-file bucket; credentials from POLYGON_S3_ACCESS_KEY_ID / POLYGON_S3_SECRET_ACCESS_KEY. */
    static class S3Location {
        @Option(names = "--s3-endpoint", required = true, paramLabel = "URL", description = "S3 endpoint, e.g. https://files.massive.com.")
        String endpoint;

        @Option(names = "--bucket", defaultValue = "flatfiles", description = "Bucket (default: ${DEFAULT-VALUE}).")
        String bucket;
    }

    @Override
    public Integer call() throws Exception {
        BackfillSpec spec = BackfillSpecs.fromOptions(this);
        try (JobOutputs outputs = JobOutputs.open(common); CompleteDays markers = markers(outputs)) {
            String scope = CompleteDays.scopeOf(spec.tickers);
            BackfillPlan plan = null;
            if (spec.input == BackfillSpec.Input.FLATFILES) {
                plan = plan(spec, DaySkipPredicate.none());
                if (skipComplete) {
                    if (markers == null) {
                        throw new TapeflowException("--skip-complete needs MongoDB or a local --parquet-dir for its markers");
                    }
                    spec.skip = markers.skipPredicate(plan, spec.datasets, scope);
                    int before = plan.days().size();
                    plan = plan(spec, spec.skip);
                    System.err.printf("backfill: %d of %d days already complete, skipped%n",
                            before - plan.days().size(), before);
                }
                if (plan.files().isEmpty()) {
                    System.err.println("backfill: no flat files to read for " + from + ".." + to);
                    return 0;
                }
                System.err.printf("backfill: %d files, %d days, %.1f MB from %s%n", plan.files().size(),
                        plan.days().size(), plan.totalBytes() / 1e6, spec.store.describe());
            }
            StreamExecutionEnvironment env = FlinkEnvironments.create(common, BackfillJob.localClusterDefaults());
            BackfillJob.define(env, spec, outputs.sinks());
            BackfillProgress progress = new BackfillProgress(System.err, plan, System.console() != null);
            boolean waited = true;
            try {
                waited = LocalJobRunner.runToCompletion(env, "tapeflow backfill " + from + ".." + to,
                        common.dataDir.resolve("savepoints"), progress) != null;
            } finally {
                if (waited) progress.finish(System.err); // a detached submission has nothing to summarise
            }
            if (!waited) {
                // markers say "this day's outputs are committed": only a command that saw the job finish may say so
                System.err.println("backfill: submitted detached; no complete-day markers are written, so a later "
                        + "--skip-complete will not skip these days (run attached to get them)");
            } else if (plan != null && markers != null) {
                markers.markComplete(plan.files(), scope);
            }
        }
        return 0;
    }

    private BackfillPlan plan(BackfillSpec spec, DaySkipPredicate skip) {
        try {
            return BackfillPlan.list(spec.store, spec.datasets, spec.from, spec.to, skip);
        } catch (IOException e) {
            throw new TapeflowException("listing flat files failed: " + e.getMessage(), e);
        }
    }

    private static CompleteDays markers(JobOutputs outputs) {
        if (outputs.mongoUri() != null) return new MongoCompleteDays(outputs.mongoUri(), outputs.mongoDb());
        String parquet = outputs.parquetDir();
        if (parquet != null && parquet.startsWith("file:")) return new DirectoryCompleteDays(Path.of(java.net.URI.create(parquet)));
        return null;
    }

    static FlatFileDataset[] parseDatasets(String[] names) {
        FlatFileDataset[] out = new FlatFileDataset[names.length];
        for (int i = 0; i < names.length; i++) {
            try {
                out[i] = FlatFileDataset.fromCliName(names[i]);
            } catch (IllegalArgumentException e) {
                throw new TapeflowException("--datasets: " + e.getMessage());
            }
        }
        return out;
    }
}
