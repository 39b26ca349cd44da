package io.tapeflow.jobs.recovery;

import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.live.LiveJob;
import io.tapeflow.jobs.pipeline.PipelineSettings;
import io.tapeflow.jobs.pipeline.SinkOutputs;
import io.tapeflow.jobs.pipeline.TapeflowPipeline;
import io.tapeflow.jobs.pipeline.Watermarks;
import io.tapeflow.jobs.runtime.FlinkEnvironments;
import io.tapeflow.sinks.mongo.MongoSinkOptions;
import io.tapeflow.sinks.parquet.ParquetSinkOptions;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.FlatFileSource;
import io.tapeflow.sources.polygon.flatfiles.store.LocalFlatFileStore;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The tapeflow pipeline as a STREAMING job over a replayable input — flat files read by one reader with the catch-up
 * watermarks, as {@code live --catch-up-from} reads history before the WebSocket takes over — into the production
 * Parquet and MongoDB sinks. Only the source is wrapped ({@link InterruptingSource}), so every run, clean
 * or interrupted, has the same graph and uids.
 */
final class ReplayRuns {
    static final Duration CHECKPOINT_EVERY = Duration.ofMillis(500);

    /** Where one run reads and writes. */
    record Run(Path flatFiles, LocalDate day, String[] tier1, PolygonRestClientFactory rest, Path parquet,
            String mongoUri, String mongoDb) {
        Run writingTo(Path parquetDir, String db) {
            return new Run(flatFiles, day, tier1, rest, parquetDir, mongoUri, db);
        }
    }

    private ReplayRuns() {}

    /** A STREAMING environment with the production safety rails, quick checkpoints and {@code restarts} restarts. */
    static StreamExecutionEnvironment env(int restarts) {
        return env(restarts, null);
    }

    /** As above, restoring from {@code savepoint} (as {@code --savepoint} does) unless it is null. */
    static StreamExecutionEnvironment env(int restarts, String savepoint) {
        Configuration conf = new Configuration();
        if (savepoint != null) conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
        FlinkEnvironments.applySafetyRails(conf);
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, CHECKPOINT_EVERY);
        if (restarts > 0) {
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
            conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(50));
        } else {
            conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(2);
        return env;
    }

    /** Adds the pipeline of {@code run} to {@code env}, its source interrupted as {@code plan} says. */
    static void define(StreamExecutionEnvironment env, Run run, Interruptions plan) {
        FlatFileSource history = FlatFileSource.builder()
                .store(LocalFlatFileStore.checked(run.flatFiles()))
                .datasets(FlatFileDataset.STOCKS_TRADES, FlatFileDataset.STOCKS_QUOTES)
                .dateRange(run.day().minusDays(1), run.day())
                .build();
        DataStream<MarketEvent> events = env.fromSource(new InterruptingSource<>(history, plan), Watermarks.catchUp(),
                        OperatorUids.SOURCE_CATCH_UP_NAME, TypeInformation.of(MarketEvent.class))
                .setParallelism(1)
                .uid(OperatorUids.SOURCE_CATCH_UP)
                .name(OperatorUids.SOURCE_CATCH_UP_NAME);
        PipelineSettings settings = new PipelineSettings();
        settings.semantics.tier1Tickers = run.tier1();
        // One reader reads a day's trades file, then its quotes file: a ticker's quotes come after its whole day of
        // trades. A 12 h key lag keeps each ticker's day buffered until its next day starts (or the input ends), so
        // it is still processed in time order, as BATCH sorts a backfill; halts need the quotes.
        settings.semantics.keyLagMs = Duration.ofHours(12).toMillis();
        settings.rest = run.rest();
        // One upsert per bulk write: what the pipeline emits after a checkpoint reaches MongoDB before the injected
        // failure (instead of waiting in the sink's buffer), so the restore really writes it a second time.
        Configuration mongo = new Configuration();
        mongo.set(MongoSinkOptions.BATCH_SIZE, 1);
        TapeflowPipeline.build(events, LiveJob.noNews(env), new SinkOutputs(run.parquet().toUri().toString(),
                ParquetSinkOptions.defaults(), run.mongoUri(), run.mongoDb(), MongoSinkOptions.from(mongo)), settings);
    }
}
