package io.tapeflow.jobs.live;

import io.tapeflow.jobs.serialization.MarketEventSerializer;
import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.pipeline.Outputs;
import io.tapeflow.jobs.pipeline.RouteByKind;
import io.tapeflow.jobs.pipeline.TapeflowPipeline;
import io.tapeflow.jobs.pipeline.Watermarks;
import io.tapeflow.jobs.semantics.SemanticsStreams;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.rest.ApiKeySupplier;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.RestClientConfig;
import io.tapeflow.sources.polygon.websocket.PolygonWebSocketSource;
import io.tapeflow.sources.polygon.websocket.PolygonWebSocketSourceBuilder;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Defines the live job: the Polygon WebSocket source (after flat-file or REST history when catching up) into the one
 * pipeline, plus REST (news polling, gap repair, ticker details) when a REST URL and an API key are available.
 */
public final class LiveJob {
    private LiveJob() {}

    /** Adds the live graph to {@code env}; returns the derived streams. */
    public static SemanticsStreams define(StreamExecutionEnvironment env, LiveSpec spec, Outputs outputs) {
        PolygonWebSocketSourceBuilder builder = PolygonWebSocketSource.builder()
                .setUrl(spec.wsUrl)
                .setChannels(spec.channels)
                .setStopAt(spec.untilNs);
        if (spec.tickersFile != null) {
            builder.setTickersFile(spec.tickersFile);
        } else {
            builder.setTickers(spec.tickers);
        }
        if (spec.apiKeyEnv != null) {
            builder.setApiKeyFromEnvironment(spec.apiKeyEnv);
        } else {
            String key = spec.fixedApiKey;
            builder.setApiKeySupplier(() -> key);
        }
        ApiKeySupplier restKey = LiveNews.restKey(spec);
        PolygonRestClientFactory rest = restKey == null ? null : PolygonRestClientFactory.okHttp(
                RestClientConfig.builder().baseUrl(spec.restUrl).build(), restKey);
        // One connection per cluster per account (Polygon's limit): the source runs as a single reader.
        DataStream<MarketEvent> events = spec.catchUpFrom != null
                ? CatchUp.events(env, spec, builder.build(), rest)
                : env.fromSource(builder.build(), Watermarks.live(), OperatorUids.SOURCE_WEBSOCKET_NAME,
                                MarketEventSerializer.TYPE)
                        .setParallelism(1)
                        .uid(OperatorUids.SOURCE_WEBSOCKET)
                        .name(OperatorUids.SOURCE_WEBSOCKET_NAME);
        if (rest == null) {
            return TapeflowPipeline.build(events, noNews(env), outputs, spec.pipeline);
        }
        spec.pipeline.rest = rest;
        SingleOutputStreamOperator<News> news = LiveNews.define(env, spec, rest);
        return TapeflowPipeline.build(events, news, news.getSideOutput(RouteByKind.REJECTS), outputs, spec.pipeline);
    }

    /** True when this run can call REST: a URL and a key it accepts (otherwise news, repair and details are off). */
    public static boolean hasRest(LiveSpec spec) {
        return LiveNews.restKey(spec) != null;
    }

    /** An empty news stream with the news source's uid, so the graph is the same whether or not news is polled. */
    public static DataStream<News> noNews(StreamExecutionEnvironment env) {
        return env.fromSource(new EmptySource<>(TypeInformation.of(News.class)), WatermarkStrategy.noWatermarks(),
                        OperatorUids.SOURCE_NEWS_NAME)
                .uid(OperatorUids.SOURCE_NEWS)
                .name(OperatorUids.SOURCE_NEWS_NAME);
    }
}
