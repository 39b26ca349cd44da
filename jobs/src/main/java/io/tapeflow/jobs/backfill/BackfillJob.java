package io.tapeflow.jobs.backfill;

import io.tapeflow.jobs.serialization.MarketEventSerializer;
import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.live.LiveJob;
import io.tapeflow.jobs.pipeline.NewsRouter;
import io.tapeflow.jobs.pipeline.Outputs;
import io.tapeflow.jobs.pipeline.RouteByKind;
import io.tapeflow.jobs.pipeline.TapeflowPipeline;
import io.tapeflow.jobs.pipeline.Watermarks;
import io.tapeflow.jobs.semantics.SemanticsStreams;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.flatfiles.FlatFileSource;
import io.tapeflow.sources.polygon.rest.aggs.RestAggregatesSource;
import io.tapeflow.sources.polygon.rest.news.NewsSource;
import java.time.ZoneId;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Defines the backfill job: history (flat files or REST aggregates, optional REST news) into the one pipeline, run in
 * BATCH execution mode.
 *
 * <p>Why BATCH: the flat-file source reads each dataset-day file as its own split, sorted by ticker, so one ticker's
 * trades, quotes and minute aggregates reach the keyed operators file after file (and, with parallelism, day 2 may be
 * read before day 1 is done). In STREAMING the sequencer would see a ticker's quotes after its whole day of trades and
 * count them late. BATCH sorts every keyed input by ticker and event time before the operators see it, so each ticker
 * is processed in time order whatever the file order and parallelism, with the semantics' live defaults
 * ({@code advanceOnWatermark} stays true; the end of each key flushes). Recovery is Flink's region failover: a failed
 * region re-reads its files and the blocking shuffle behind it is recomputed, and outputs are upserts or
 * revisioned changelogs, so a retry equals a clean run.
 */
public final class BackfillJob {
    private BackfillJob() {}

    /**
     * Managed memory of the embedded MiniCluster for a local backfill. BATCH sorts every keyed input (a day's trades
     * and quotes for the halt detector, its trades for the bar builder) in managed memory; the local default of 128 MB
     * made a 4M-row day spill and merge from disk. Allocated only while the sorts run.
     */
    public static Configuration localClusterDefaults() {
        Configuration conf = new Configuration();
        conf.setString("taskmanager.memory.managed.size", "1g");
        return conf;
    }

    /**
     * Adds the backfill graph to {@code env} (switching it to BATCH, and {@code spec}'s semantics to their BATCH
     * buffers: {@link io.tapeflow.jobs.semantics.SemanticsOptions#batchSequencing}); returns the derived streams.
     */
    public static SemanticsStreams define(StreamExecutionEnvironment env, BackfillSpec spec, Outputs outputs) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        // Chained operators hand records on without a PojoSerializer deep copy each (a profile had the reflective
        // copies at ~5% of the CPU). Safe here: no operator mutates or keeps its input once emitted downstream, and the
        // semantic operators emit fresh copies of their state (HaltRecords.copy, BarMath); the parity ITCases check it.
        env.getConfig().enableObjectReuse();
        // BATCH hands the sequencers one ticker at a time and never checkpoints: they may hold it in plain fields
        spec.pipeline.semantics.batchSequencing = true;
        DataStream<MarketEvent> events = spec.input == BackfillSpec.Input.REST ? restAggregates(env, spec)
                : flatFiles(env, spec);
        Outputs ordered = new RevisionOrderedOutputs(outputs);
        if (!spec.news) {
            return TapeflowPipeline.build(events, LiveJob.noNews(env), ordered, spec.pipeline);
        }
        SingleOutputStreamOperator<News> news = restNews(env, spec);
        return TapeflowPipeline.build(events, news, news.getSideOutput(RouteByKind.REJECTS), ordered, spec.pipeline);
    }

    static DataStream<MarketEvent> flatFiles(StreamExecutionEnvironment env, BackfillSpec spec) {
        FlatFileSource source = FlatFileSource.builder()
                .store(spec.store)
                .datasets(spec.datasets)
                .dateRange(spec.from, spec.to)
                .tickers(spec.tickers)
                .skipDays(spec.skip)
                .build();
        return env.fromSource(source, Watermarks.backfill(), OperatorUids.SOURCE_FLATFILES_NAME,
                        MarketEventSerializer.TYPE)
                .uid(OperatorUids.SOURCE_FLATFILES)
                .name(OperatorUids.SOURCE_FLATFILES_NAME);
    }

    static DataStream<MarketEvent> restAggregates(StreamExecutionEnvironment env, BackfillSpec spec) {
        RestAggregatesSource source = RestAggregatesSource.builder()
                .clients(spec.rest)
                .tickers(spec.tickers)
                .dateRange(spec.from, spec.to)
                .build();
        return env.fromSource(source, Watermarks.backfill(), OperatorUids.SOURCE_REST_AGGS_NAME,
                        MarketEventSerializer.TYPE)
                .uid(OperatorUids.SOURCE_REST_AGGS)
                .name(OperatorUids.SOURCE_REST_AGGS_NAME);
    }

    /** The range's news items; the source's rejects on {@link RouteByKind#REJECTS}. */
    static SingleOutputStreamOperator<News> restNews(StreamExecutionEnvironment env, BackfillSpec spec) {
        ZoneId ny = ZoneId.of("America/New_York");
        NewsSource source = NewsSource.builder()
                .clients(spec.rest)
                .tickers(spec.tickers)
                .publishedBetween(spec.from.atStartOfDay(ny).toInstant(),
                        spec.to.plusDays(1).atStartOfDay(ny).toInstant())
                .build();
        return env.fromSource(source, WatermarkStrategy.<MarketEvent>noWatermarks()
                                .withTimestampAssigner((e, t) -> e.eventTimeMillis()),
                        OperatorUids.SOURCE_NEWS_NAME, MarketEventSerializer.TYPE)
                .uid(OperatorUids.SOURCE_NEWS)
                .name(OperatorUids.SOURCE_NEWS_NAME)
                .process(new NewsRouter()).returns(Types.POJO(News.class))
                .uid(OperatorUids.SOURCE_NEWS_ROUTE)
                .name(OperatorUids.SOURCE_NEWS_ROUTE_NAME);
    }
}
