package io.tapeflow.sources.polygon.rest;

import static io.tapeflow.sources.polygon.rest.RestFixtures.json;
import static io.tapeflow.sources.polygon.rest.RestFixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.News;
import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.TickerDetails;
import io.tapeflow.sources.model.Trade;
import java.io.IOException;
import java.time.LocalDate;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every official REST mock decodes through the real client, checked field by field, and the requests are right. */
class RestFixtureDecodingTest {
    private MockWebServer server;
    private OkHttpPolygonRestClient client;

    @BeforeEach
    void start() throws IOException {
        server = RestFixtures.loopbackServer();
        client = RestFixtures.client(server);
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.shutdown();
    }

    @Test
    void dayAggregatesDecodeWithRawPricesRequestedAndEasternDayWindows() throws Exception {
        // Given
        server.enqueue(ok(json("aggs_AAPL_1_day_2005-04-01_2005-04-04.json")));

        // When
        RestPage<Aggregate> page = client.aggregates(new AggregatesQuery("AAPL", Aggregate.DAY,
                LocalDate.parse("2005-04-01"), LocalDate.parse("2005-04-04")), null);

        // Then
        RecordedRequest req = server.takeRequest();
        assertThat(req.getPath()).isEqualTo("/v2/aggs/ticker/AAPL/range/1/day/2005-04-01/2005-04-04?adjusted=false&sort=asc&limit=50000");
        assertThat(req.getHeader("Authorization")).isEqualTo("Bearer " + RestFixtures.KEY);
        assertThat(page.items()).hasSize(2);
        assertThat(page.rejects()).isEmpty();
        assertThat(page.nextCursor()).isNull();
        Aggregate a = page.items().get(0);
        assertThat(a.ticker).isEqualTo("AAPL");
        assertThat(a.timeframe).isEqualTo("1d");
        assertThat(a.startMs).isEqualTo(1112331600000L);
        assertThat(a.endMs).isEqualTo(1112418000000L);
        assertThat(a.open).isEqualTo(1.5032);
        assertThat(a.high).isEqualTo(1.5064);
        assertThat(a.low).isEqualTo(1.4489);
        assertThat(a.close).isEqualTo(1.4604);
        assertThat(a.volume).isEqualTo(642646396.0);
        assertThat(a.vwap).isEqualTo(1.469);
        assertThat(a.trades).isEqualTo(82132L);
        assertThat(a.origin).isEqualTo("rest");
        assertThat(page.items().get(1).startMs).isEqualTo(1112587200000L);
        assertThat(page.items().get(1).trades).isEqualTo(65543L);
    }

    @Test
    void polygonNewsDecodes() throws Exception {
        // Given
        server.enqueue(ok(json("news_ticker_NFLX.json")));

        // When
        RestPage<News> page = client.news(new NewsQuery(News.POLYGON, 1651104000000L, 1651190400000L, "NFLX", 1000), null);

        // Then
        assertThat(server.takeRequest().getPath()).isEqualTo("/v2/reference/news?published_utc.gte=2022-04-28T00:00:00Z"
                + "&published_utc.lte=2022-04-29T00:00:00Z&ticker=NFLX&order=asc&sort=published_utc&limit=1000");
        News n = page.items().get(0);
        assertThat(n.id).isEqualTo("JeJEhAVoKaqJ2zF9nzQYMg07UlEeWlis6Dsop33TPQY");
        assertThat(n.source).isEqualTo("polygon");
        assertThat(n.publishedUtc).isEqualTo(1651165680000L);
        assertThat(n.title).startsWith("Theres a big hole in the Feds theory of inflation");
        assertThat(n.teaser).startsWith("If inflation is all due to an overly generous federal government");
        assertThat(n.url).startsWith("https://www.marketwatch.com/story/theres-a-big-hole");
        assertThat(n.tickers).containsExactly("MSFT", "TSN", "NFLX", "AMZN");
    }

    @Test
    void benzingaNewsDecodesWithItsOwnIdAndChannels() throws Exception {
        // Given a body with the documented Benzinga v2 fields (no official mock exists)
        server.enqueue(ok("{\"status\":\"OK\",\"request_id\":\"r\",\"results\":[{\"benzinga_id\":40158736,"
                + "\"author\":\"Benzinga Newsdesk\",\"title\":\"Halted: XYZ\",\"teaser\":\"Shares halted\","
                + "\"url\":\"https://www.benzinga.com/x\",\"published\":\"2024-08-05T13:32:10-04:00\","
                + "\"last_updated\":\"2024-08-05T13:32:11Z\",\"channels\":[\"News\",\"Movers\"],\"tickers\":[\"XYZ\"]}]}"));

        // When
        RestPage<News> page = client.news(new NewsQuery(News.BENZINGA, 0L, NewsQuery.OPEN_END, null, 100), null);

        // Then
        assertThat(server.takeRequest().getPath())
                .isEqualTo("/benzinga/v2/news?published.gte=1970-01-01T00:00:00Z&sort=published.asc&limit=100");
        News n = page.items().get(0);
        assertThat(n.id).isEqualTo("40158736");
        assertThat(n.source).isEqualTo("benzinga");
        assertThat(n.publishedUtc).isEqualTo(1722879130000L);
        assertThat(n.teaser).isEqualTo("Shares halted");
        assertThat(n.channels).containsExactly("News", "Movers");
        assertThat(n.tickers).containsExactly("XYZ");
    }

    @Test
    void v3TradesKeepNanosecondTimestampsAsSent() throws Exception {
        // Given
        server.enqueue(ok(json("trades_AAPL_limit_2.json")));

        // When
        RestPage<Trade> page = client.trades(new TicksQuery("AAPL", 1651181822000000000L, 1651181823000000000L, 2), null);

        // Then
        assertThat(server.takeRequest().getPath()).isEqualTo("/v3/trades/AAPL?timestamp.gte=1651181822000000000"
                + "&timestamp.lte=1651181823000000000&order=asc&sort=timestamp&limit=2");
        Trade t = page.items().get(0);
        assertThat(t.ticker).isEqualTo("AAPL");
        assertThat(t.conditions).containsExactly(12, 37);
        assertThat(t.correction).isEqualTo(1);
        assertThat(t.exchange).isEqualTo(11);
        assertThat(t.tradeId).isEqualTo("183276");
        assertThat(t.participantTs).isEqualTo(1651181822461636600L);
        assertThat(t.price).isEqualTo(156.43);
        assertThat(t.sequence).isEqualTo(7179341L);
        assertThat(t.sipTs).isEqualTo(1651181822461979400L);
        assertThat(t.size).isEqualTo(10.0);
        assertThat(t.tape).isEqualTo(3);
        assertThat(t.trfId).isEqualTo(3);
        assertThat(t.trfTs).isEqualTo(1651181557090806500L);
        assertThat(t.origin).isEqualTo("rest");
        assertThat(page.items().get(1).exchange).isEqualTo(12);
        assertThat(page.items().get(1).price).isEqualTo(157.43);
    }

    @Test
    void v3QuotesDecodeAndCarryTheNextCursor() throws Exception {
        // Given
        server.enqueue(ok(json("quotes_AAPL.json")));

        // When
        RestPage<Quote> page = client.quotes(new TicksQuery("AAPL", 0, Long.MAX_VALUE, 10), null);

        // Then
        assertThat(page.items()).hasSize(10);
        Quote q = page.items().get(0);
        assertThat(q.askExchange).isEqualTo(15);
        assertThat(q.askPrice).isEqualTo(155.87);
        assertThat(q.askSize).isEqualTo(3.0);
        assertThat(q.bidExchange).isEqualTo(19);
        assertThat(q.bidPrice).isEqualTo(155.85);
        assertThat(q.bidSize).isEqualTo(4.0);
        assertThat(q.participantTs).isEqualTo(1652191872800402200L);
        assertThat(q.sequence).isEqualTo(19288684L);
        assertThat(q.sipTs).isEqualTo(1652191872800638700L);
        assertThat(q.tape).isEqualTo(3);
        assertThat(q.conditions).isEmpty();
        assertThat(q.indicators).isEmpty();
        assertThat(q.sizeUnit).isEqualTo(Quote.SHARES);
        assertThat(page.items().get(9).sequence).isEqualTo(19288166L);
        assertThat(page.nextCursor()).isEqualTo("/v3/quotes/AAPL?cursor=YXA9MTkyODgxNjYmYXM9JmxpbWl0PTEwJm9yZGVyPWRlc2Mm"
                + "c29ydD10aW1lc3RhbXAmdGltZXN0YW1wLmx0ZT0yMDIyLTA1LTEwVDE0JTNBMTElM0ExMi42OTA2NjExODla");
    }

    @Test
    void tickerDetailsDecodeTodayAndAsOfADate() throws Exception {
        // Given
        server.enqueue(ok(json("tickers_AAPL.json")));
        server.enqueue(ok(json("tickers_AAPL_date_2020-10-01.json")));

        // When
        TickerDetails now = client.tickerDetails("AAPL", null).items().get(0);
        TickerDetails then = client.tickerDetails("AAPL", LocalDate.parse("2020-10-01")).items().get(0);

        // Then
        assertThat(server.takeRequest().getPath()).isEqualTo("/v3/reference/tickers/AAPL");
        assertThat(server.takeRequest().getPath()).isEqualTo("/v3/reference/tickers/AAPL?date=2020-10-01");
        assertThat(now.ticker).isEqualTo("AAPL");
        assertThat(now.name).isEqualTo("Apple Inc.");
        assertThat(now.primaryExchange).isEqualTo("XNAS");
        assertThat(now.type).isEqualTo("CS");
        assertThat(now.marketCap).isEqualTo(2488795282370.0);
        assertThat(now.shareClassSharesOutstanding).isEqualTo(16319440000.0);
        assertThat(now.weightedSharesOutstanding).isEqualTo(16185181000.0);
        assertThat(now.asOf).isNotEmpty();
        assertThat(then.marketCap).isEqualTo(1916103105630.0);
        assertThat(then.asOf).isEqualTo("2020-10-01");
    }
}
