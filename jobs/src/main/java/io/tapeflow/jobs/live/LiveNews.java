package io.tapeflow.jobs.live;

import io.tapeflow.jobs.serialization.MarketEventSerializer;
import io.tapeflow.jobs.OperatorUids;
import io.tapeflow.jobs.cli.ApiKeys;
import io.tapeflow.jobs.pipeline.NewsRouter;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.rest.ApiKeySupplier;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import io.tapeflow.sources.polygon.rest.news.NewsSource;
import java.time.Instant;
import java.util.Arrays;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live news input: Polygon and Benzinga news polled over REST (a plan without Benzinga gets one warning and
 * Polygon only), routed into news items and rejects. The source carries no watermarks: the halt detector replaces
 * them after the fan-out with a permanently idle channel (see NewsNeverHoldsBack), so news never moves or holds the
 * market's clock.
 */
final class LiveNews {
    private static final Logger LOG = LoggerFactory.getLogger(LiveNews.class);
    /** Above this many tickers one unfiltered feed per vendor beats a feed per ticker (requests per poll). */
    static final int MAX_TICKER_FEEDS = 10;

    private LiveNews() {}

    /** The key for REST calls, or null when this run has no REST (then news, repair and details are off). */
    static ApiKeySupplier restKey(LiveSpec spec) {
        if (spec.restUrl == null || spec.restUrl.isBlank()) return null;
        if (spec.apiKeyEnv == null) {
            if (spec.fixedApiKey == null) return null;
            if (!ApiKeys.isLoopback(spec.restUrl)) {
                // the fixed key is the simulator's: a real host would refuse it (401) and fail the job
                LOG.warn("REST {} is not local and no {} is set: news, gap repair and ticker details are off "
                        + "(pass --rest-url of the simulator)", spec.restUrl, ApiKeySupplier.ENV);
                return null;
            }
            return ApiKeySupplier.ofStatic(spec.fixedApiKey);
        }
        String env = spec.apiKeyEnv;
        if (System.getenv(env) == null) {
            LOG.warn("No {} here: news, gap repair and ticker details are off", env);
            return null;
        }
        // resolved on the TaskManager, so the key never enters the job graph
        return ApiKeySupplier.ENV.equals(env) ? ApiKeySupplier.fromEnvironment() : () -> System.getenv(env);
    }

    /** Adds the news source (uid {@link OperatorUids#SOURCE_NEWS}) and its {@link NewsRouter}; rejects on the side output. */
    static SingleOutputStreamOperator<News> define(StreamExecutionEnvironment env, LiveSpec spec,
            PolygonRestClientFactory rest) {
        Instant from = spec.newsFromMs > 0 ? Instant.ofEpochMilli(spec.newsFromMs)
                : Instant.now().minus(spec.newsLookback);
        boolean perTicker = spec.tickersFile == null && spec.tickers.length <= MAX_TICKER_FEEDS
                && !Arrays.asList(spec.tickers).contains("*");
        NewsSource source = NewsSource.builder().clients(rest).vendors(News.POLYGON, News.BENZINGA)
                .tickers(perTicker ? spec.tickers : new String[0])
                .startingAt(from).pollEvery(spec.newsPollEvery)
                // a run --until must be able to finish: polling ends with it (the demo's day is long past: one poll)
                .pollUntil(spec.untilNs > 0 ? Instant.ofEpochMilli(spec.untilNs / 1_000_000L) : null)
                .build();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), OperatorUids.SOURCE_NEWS_NAME,
                        MarketEventSerializer.TYPE)
                .uid(OperatorUids.SOURCE_NEWS).name(OperatorUids.SOURCE_NEWS_NAME)
                .process(new NewsRouter()).returns(News.class)
                .uid(OperatorUids.SOURCE_NEWS_ROUTE).name(OperatorUids.SOURCE_NEWS_ROUTE_NAME);
    }
}
