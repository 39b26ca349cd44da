package io.tapeflow.sources.polygon.rest;

import static io.tapeflow.sources.polygon.rest.RestFixtures.json;
import static io.tapeflow.sources.polygon.rest.RestFixtures.ok;
import static io.tapeflow.sources.polygon.rest.RestFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.model.Quote;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.model.Trade;
import java.io.IOException;
import java.time.Duration;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pagination, retries, refusals, the circuit breaker and error bodies, against a loopback MockWebServer. */
class OkHttpPolygonRestClientTest {
    private static final TicksQuery AAPL = new TicksQuery("AAPL", 1, 2, 10);
    private static final String LIMIT_429 = "{\"status\":\"ERROR\",\"request_id\":\"x\",\"error\":\"You've exceeded the "
            + "maximum requests per minute, please wait or upgrade your subscription to continue.\"}";

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
    void nextUrlIsReissuedAgainstTheConfiguredHostWithAuthOnEveryPage() throws Exception {
        // Given the quotes mock (its next_url points at api.polygon.io) and a last page
        server.enqueue(ok(json("quotes_AAPL.json")));
        server.enqueue(ok("{\"status\":\"OK\",\"results\":[{\"ask_price\":1.5,\"bid_price\":1.4,\"sip_timestamp\":5}]}"));

        // When
        RestPage<Quote> all = PolygonRestClient.allPages(cursor -> client.quotes(AAPL, cursor));

        // Then
        assertThat(all.items()).hasSize(11);
        assertThat(all.items().get(10).sipTs).isEqualTo(5L);
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getPath()).startsWith("/v3/quotes/AAPL?cursor=YXA9MTkyODgxNjYm");
        assertThat(first.getHeader("Authorization")).isEqualTo("Bearer " + RestFixtures.KEY);
        assertThat(second.getHeader("Authorization")).isEqualTo("Bearer " + RestFixtures.KEY);
        assertThat(first.getPath() + second.getPath()).doesNotContain(RestFixtures.KEY).doesNotContain("apiKey");
    }

    @Test
    void anApiKeyInNextUrlIsDroppedFromTheCursor() {
        assertThat(OkHttpPolygonRestClient.cursorOf("https://api.polygon.io/v3/trades/AAPL?cursor=abc&apiKey=SECRET"))
                .isEqualTo("/v3/trades/AAPL?cursor=abc");
        assertThat(OkHttpPolygonRestClient.cursorOf("")).isNull();
        assertThat(OkHttpPolygonRestClient.cursorOf(null)).isNull();
    }

    @Test
    void a429IsRetriedAndThenSucceeds() throws Exception {
        // Given
        server.enqueue(status(429, LIMIT_429));
        server.enqueue(status(429, ""));
        server.enqueue(ok(json("trades_AAPL_limit_2.json")));

        // When
        RestPage<Trade> page = client.trades(AAPL, null);

        // Then
        assertThat(page.items()).hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void serverErrorsUntilRetriesRunOutFailWithOneClearLine() {
        // Given four HTML 503s (1 try + 3 retries)
        for (int i = 0; i < 4; i++) server.enqueue(status(503, "<html><body>Service Unavailable</body></html>"));

        // When / Then
        assertThatThrownBy(() -> client.trades(AAPL, null))
                .isInstanceOf(PolygonRestException.class)
                .hasMessage("GET /v3/trades/AAPL failed after 4 attempts: HTTP 503: <html><body>Service Unavailable</body></html>")
                .satisfies(e -> assertThat(((PolygonRestException) e).httpStatus()).isEqualTo(503));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void a401FailsAtOnceWithoutRetryingOrShowingTheKey() {
        // Given
        server.enqueue(status(401, "{\"status\":\"ERROR\",\"request_id\":\"x\",\"error\":\"Unknown API Key\"}"));

        // When / Then
        assertThatThrownBy(() -> client.trades(AAPL, null))
                .isInstanceOf(PolygonAuthException.class)
                .hasMessage("Polygon REST refused the API key (HTTP 401: Unknown API Key) on GET /v3/trades/AAPL; "
                        + "check POLYGON_API_KEY")
                .hasMessageNotContaining(RestFixtures.KEY);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a403SaysTheEntitlementIsMissing() {
        // Given
        server.enqueue(status(403, "{\"status\":\"NOT_AUTHORIZED\",\"request_id\":\"x\",\"message\":\"You are not "
                + "entitled to this data. Please upgrade your plan at https://polygon.io/pricing\"}"));

        // When / Then
        assertThatThrownBy(() -> client.quotes(AAPL, null))
                .isInstanceOf(PolygonAuthException.class)
                .hasMessageContaining("not entitled to GET /v3/quotes/AAPL (HTTP 403: You are not entitled to this data");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theCircuitBreakerOpensAfterRepeatedFailuresAndStopsCalling() throws Exception {
        // Given a client without retries whose breaker opens after 3 failures
        OkHttpPolygonRestClient fragile = new OkHttpPolygonRestClient(RestFixtures.config(server).maxRetries(0)
                .circuitBreaker(3, Duration.ofMinutes(5)).build(), ApiKeySupplier.ofStatic(RestFixtures.KEY));
        for (int i = 0; i < 5; i++) server.enqueue(status(500, "boom"));

        // When three calls fail
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> fragile.trades(AAPL, null)).hasMessageContaining("HTTP 500");
        }

        // Then the fourth is refused without reaching the server
        assertThatThrownBy(() -> fragile.trades(AAPL, null)).isInstanceOf(PolygonRestException.class)
                .hasMessageContaining("circuit breaker is open");
        assertThat(server.getRequestCount()).isEqualTo(3);
        fragile.close();
    }

    @Test
    void aNonJsonErrorBodyBecomesARejectWithTheRawText() throws Exception {
        // Given an HTML 404 from a proxy
        String html = "<html><head><title>404 Not Found</title></head><body>nginx</body></html>";
        server.enqueue(status(404, html));

        // When
        RestPage<Trade> page = client.trades(AAPL, null);

        // Then
        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
        Reject r = page.rejects().get(0);
        assertThat(r.origin).isEqualTo("rest");
        assertThat(r.location).isEqualTo("GET /v3/trades/AAPL");
        assertThat(r.reason).startsWith("HTTP 404");
        assertThat(r.raw).isEqualTo(html);
    }

    @Test
    void aSuccessBodyThatIsNotJsonOrNotOkBecomesAReject() throws Exception {
        // Given
        server.enqueue(ok("Gateway says hi"));
        server.enqueue(ok("{\"status\":\"ERROR\",\"request_id\":\"x\",\"error\":\"something broke\"}"));

        // When
        RestPage<Trade> notJson = client.trades(AAPL, null);
        RestPage<Trade> notOk = client.trades(AAPL, null);

        // Then
        assertThat(notJson.rejects()).extracting(r -> r.reason).containsExactly("response is not a JSON object");
        assertThat(notJson.rejects().get(0).raw).isEqualTo("Gateway says hi");
        assertThat(notOk.rejects()).extracting(r -> r.reason).containsExactly("status ERROR: something broke");
    }

    @Test
    void aBadItemIsRejectedWhileTheOthersOnThePageFlow() throws Exception {
        // Given a page whose second trade lacks its SIP timestamp
        server.enqueue(ok("{\"status\":\"OK\",\"results\":[{\"id\":\"1\",\"exchange\":4,\"price\":1.5,\"size\":3,"
                + "\"sip_timestamp\":1651181822461979400},{\"id\":\"2\",\"exchange\":4,\"price\":1.5,\"size\":3},"
                + "{\"id\":\"3\",\"exchange\":4,\"price\":2.5,\"size\":1,\"decimal_size\":\"0.5\","
                + "\"sip_timestamp\":1651181822461979401}]}"));

        // When
        RestPage<Trade> page = client.trades(AAPL, null);

        // Then
        assertThat(page.items()).extracting(t -> t.tradeId).containsExactly("1", "3");
        assertThat(page.items().get(1).size).isEqualTo(0.5);
        assertThat(page.rejects()).hasSize(1);
        assertThat(page.rejects().get(0).location).isEqualTo("GET /v3/trades/AAPL results[1]");
        assertThat(page.rejects().get(0).reason).isEqualTo("sip_timestamp is missing or not an integer");
        assertThat(page.rejects().get(0).raw).contains("\"id\":\"2\"");
    }

    @Test
    void anUnknownTickerIsEmptyNotAnError() throws Exception {
        server.enqueue(status(404, "{\"status\":\"NOT_FOUND\",\"request_id\":\"x\",\"message\":\"Ticker not found.\"}"));

        assertThat(client.tickerDetails("NOPE", null).items()).isEmpty();
    }

    @Test
    void theKeyIsNeverInToStringOrConfig() {
        assertThat(client.toString()).doesNotContain(RestFixtures.KEY);
        assertThat(ApiKeySupplier.ofStatic(RestFixtures.KEY).toString()).doesNotContain(RestFixtures.KEY);
    }
}
