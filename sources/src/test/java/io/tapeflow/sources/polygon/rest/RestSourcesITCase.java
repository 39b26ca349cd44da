package io.tapeflow.sources.polygon.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.polygon.rest.aggs.RestAggregatesSource;
import io.tapeflow.sources.polygon.rest.news.NewsSource;
import io.tapeflow.testkit.CancelLeftoverJobsExtension;
import io.tapeflow.sources.polygon.testutils.CommittedCollectSink;
import io.tapeflow.sources.polygon.testutils.MarketEventIds;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** REST aggregates and news sources in a MiniCluster (parallelism 2) against a paginating loopback server. */
class RestSourcesITCase {
    @RegisterExtension
    static final MiniClusterExtension MINI_CLUSTER = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @RegisterExtension
    static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(MINI_CLUSTER);

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    private static final Pattern AGGS = Pattern.compile("/v2/aggs/ticker/([^/]+)/range/1/minute/([0-9-]+)/([0-9-]+)\\?(.*)");
    private static final ZoneId NY = ZoneId.of("America/New_York");

    private MockWebServer server;
    private final AtomicInteger unauthenticated = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = RestFixtures.loopbackServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest req) {
                if (!("Bearer " + RestFixtures.KEY).equals(req.getHeader("Authorization"))) unauthenticated.incrementAndGet();
                String path = req.getPath();
                Matcher m = AGGS.matcher(path);
                if (m.matches()) return aggsPage(m.group(1), LocalDate.parse(m.group(2)), LocalDate.parse(m.group(3)), m.group(4));
                if (path.startsWith("/v2/reference/news")) {
                    return RestFixtures.ok("{\"status\":\"OK\",\"results\":["
                            + "{\"id\":\"n1\",\"title\":\"one\",\"published_utc\":\"2024-04-01T14:00:00Z\",\"tickers\":[\"AAPL\"]},"
                            + "{\"id\":\"n2\",\"title\":\"two\",\"published_utc\":\"2024-04-01T15:00:00Z\"},"
                            + "{\"id\":\"bad\",\"published_utc\":\"2024-04-01T16:00:00Z\"}]}");
                }
                return RestFixtures.status(404, "no route " + path);
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    /** Two bars per day at 09:30 and 09:31 ET; the first page carries the morning bar, a second page the other. */
    private static MockResponse aggsPage(String ticker, LocalDate from, LocalDate to, String query) {
        boolean second = query.contains("cursor=p2");
        StringBuilder results = new StringBuilder();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long t = d.atTime(9, second ? 31 : 30).atZone(NY).toInstant().toEpochMilli();
            if (results.length() > 0) results.append(',');
            results.append("{\"o\":1,\"h\":2,\"l\":0.5,\"c\":1.5,\"v\":100,\"vw\":1.2,\"n\":3,\"t\":").append(t).append('}');
        }
        String next = second ? "" : ",\"next_url\":\"https://api.polygon.io/v2/aggs/ticker/" + ticker + "/range/1/minute/"
                + from + "/" + to + "?cursor=p2\"";
        return RestFixtures.ok("{\"status\":\"OK\",\"ticker\":\"" + ticker + "\",\"results\":[" + results + "]" + next + "}");
    }

    private List<String> run(Source<MarketEvent, ?, ?> source) throws Exception {
        SharedReference<Map<String, List<String>>> out = shared.add(CommittedCollectSink.newStore());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.getConfig().disableAutoGeneratedUIDs();
        env.getConfig().disableGenericTypes();
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "rest").uid("source-rest")
                .sinkTo(new CommittedCollectSink<MarketEvent>(out, MarketEventIds::id)).uid("test-sink").name("test sink");
        env.execute("rest");
        return CommittedCollectSink.ids(out.get());
    }

    private PolygonRestClientFactory clients() {
        return PolygonRestClientFactory.okHttp(RestFixtures.config(server).build(), ApiKeySupplier.ofStatic(RestFixtures.KEY));
    }

    @Test
    void everyBarOfEveryTickerAndChunkArrivesOnceWithAuthOnEveryPage() throws Exception {
        // Given two tickers over ten days in five-day chunks, each chunk two pages
        RestAggregatesSource source = RestAggregatesSource.builder().clients(clients()).tickers("AAPL", "O:SPY240412C00500000")
                .dateRange(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-10")).chunkDays(5).build();

        // When
        List<String> ids = run(source);

        // Then
        Set<String> expected = new HashSet<>();
        for (String t : new String[] {"AAPL", "O:SPY240412C00500000"}) {
            for (LocalDate d = LocalDate.parse("2024-04-01"); !d.isAfter(LocalDate.parse("2024-04-10")); d = d.plusDays(1)) {
                for (int minute : new int[] {30, 31}) {
                    expected.add("A|" + t + "|1m|" + d.atTime(9, minute).atZone(NY).toInstant().toEpochMilli() + "|rest");
                }
            }
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(expected);
        assertThat(server.getRequestCount()).isEqualTo(2 * 2 * 2);
        assertThat(unauthenticated.get()).isZero();
    }

    @Test
    void boundedNewsEmitsItemsAndRejectsTheBadOne() throws Exception {
        // Given
        NewsSource source = NewsSource.builder().clients(clients()).vendors(News.POLYGON)
                .publishedBetween(Instant.parse("2024-04-01T00:00:00Z"), Instant.parse("2024-04-02T00:00:00Z")).build();

        // When
        List<String> ids = run(source);

        // Then
        assertThat(ids).containsExactlyInAnyOrder("N|polygon|n1", "N|polygon|n2",
                "R|GET /v2/reference/news results[2]|title is missing");
    }
}
