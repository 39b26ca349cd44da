package io.tapeflow.sources.polygon.websocket;

import static io.tapeflow.sources.polygon.testutils.WireFrames.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.client.FakePolygonWebSocketClient.FakeConnection;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.execution.SuppressRestartsException;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;

/** The reader's connection life against a fake server: handshake, gaps, fatal statuses, live subscription changes. */
class WebSocketSourceReaderTest {
    private static final WebSocketSplit SPLIT = new WebSocketSplit("stocks:0", new String[] {"AAPL", "MSFT"}, 0L);
    private static final long T1 = 1_700_000_000_000L;

    private ReaderHarness h = new ReaderHarness();

    @AfterEach
    void close() throws Exception {
        h.close();
    }

    private static long count(List<MarketEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind == kind).count();
    }

    @Test
    void authenticatesWithTheKeyThenSubscribesEveryChannelOfTheShardTickers() {
        // Given
        h.add(SPLIT);

        // When
        FakeConnection c = h.client.connection(0).openAndAuthenticate();

        // Then
        assertThat(c.url).isEqualTo("ws://127.0.0.1:1/stocks");
        assertThat(c.awaitSent(2)).containsExactly("{\"action\":\"auth\",\"params\":\"" + ReaderHarness.KEY + "\"}",
                "{\"action\":\"subscribe\",\"params\":\"T.AAPL,Q.AAPL,T.MSFT,Q.MSFT\"}");
    }

    @Test
    void theReaderReportsTheShardsItRunsSoSubscriptionChangesFindItAfterARestore() {
        // When
        h.add(SPLIT);

        // Then
        assertThat(h.context.getSentEvents()).singleElement().isInstanceOfSatisfying(SplitOwnershipEvent.class,
                e -> assertThat(e.splitIds()).containsExactly("stocks:0"));
    }

    @Test
    void eventsAreEmittedWithTheirEventTimestampsAndAdvanceTheCheckpointedEventTime() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection c = h.client.connection(0).openAndAuthenticate();

        // When
        c.text(trade("AAPL", T1, 1));
        h.pollUntil(events -> events.size() == 1);

        // Then
        assertThat(h.output.events.get(0).trade.sipTs).isEqualTo(T1 * 1_000_000L);
        assertThat(h.output.timestamps).containsExactly(T1);
        assertThat(h.reader.snapshotState(1)).containsExactly(
                new WebSocketSplit("stocks:0", new String[] {"AAPL", "MSFT"}, T1 * 1_000_000L));
    }

    @Test
    void aDroppedConnectionReconnectsResubscribesAndEmitsOneGapBeforeTheFirstEventAfter() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection first = h.client.connection(0).openAndAuthenticate();
        first.text(trade("AAPL", T1, 1));
        h.pollUntil(events -> events.size() == 1);

        // When
        first.networkDrop();
        FakeConnection second = h.client.connection(1).openAndAuthenticate();
        second.text(trade("MSFT", T1 + 5_000, 2));
        List<MarketEvent> events = h.pollUntil(e -> e.size() == 3);

        // Then
        assertThat(second.awaitSent(2).get(1)).isEqualTo("{\"action\":\"subscribe\",\"params\":\"T.AAPL,Q.AAPL,T.MSFT,Q.MSFT\"}");
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.TRADE, EventKind.GAP, EventKind.TRADE);
        Gap gap = events.get(1).gap;
        assertThat(gap.feed).isEqualTo("ws:stocks:0");
        assertThat(gap.startTs).isEqualTo(T1 * 1_000_000L);
        assertThat(gap.endTs).isEqualTo((T1 + 5_000) * 1_000_000L);
        assertThat(gap.tickers).containsExactly("AAPL", "MSFT");
        assertThat(gap.reason).isEqualTo("reconnect");
        assertThat(h.output.timestamps.get(1)).isEqualTo(T1 + 5_000);
        assertThat(h.metrics("stocks:0").reconnects.getCount()).isEqualTo(1);
        assertThat(h.metrics("stocks:0").gaps.getCount()).isEqualTo(1);
    }

    @Test
    void severalFailedAttemptsBeforeDataReturnsMakeOneGap() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection first = h.client.connection(0).openAndAuthenticate();
        first.text(trade("AAPL", T1, 1));
        h.pollUntil(events -> events.size() == 1);

        // When: two refused attempts, then a good session
        first.networkDrop();
        h.client.connection(1).fail(new IOException("Connection refused"));
        h.client.connection(2).fail(new IOException("Connection refused"));
        h.client.connection(3).openAndAuthenticate().text(trade("AAPL", T1 + 9, 2));
        List<MarketEvent> events = h.pollUntil(e -> e.size() == 3);

        // Then
        assertThat(count(events, EventKind.GAP)).isEqualTo(1);
        assertThat(h.metrics("stocks:0").reconnects.getCount()).isEqualTo(3);
    }

    @Test
    void dataThatStragglesInFromTheAbandonedSocketMovesTheGapStartInsteadOfClosingIt() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection first = h.client.connection(0).openAndAuthenticate();
        first.text(trade("AAPL", T1, 1));

        // When: the old socket's reader thread delivers one more frame after the failure was handled
        first.networkDrop();
        FakeConnection second = h.client.connection(1);
        first.text(trade("AAPL", T1 + 10, 2));
        second.openAndAuthenticate().text(trade("AAPL", T1 + 20, 3));
        List<MarketEvent> events = h.pollUntil(e -> e.size() == 4);

        // Then
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.TRADE, EventKind.TRADE, EventKind.GAP,
                EventKind.TRADE);
        assertThat(events.get(2).gap.startTs).isEqualTo((T1 + 10) * 1_000_000L);
        assertThat(events.get(2).gap.endTs).isEqualTo((T1 + 20) * 1_000_000L);
    }

    @Test
    void aMissingPongReconnectsAndTheGapSaysStall() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection first = h.client.connection(0).openAndAuthenticate();

        // When: what OkHttp reports when a ping goes unanswered
        first.fail(new SocketTimeoutException("sent ping but didn't receive pong within 25000ms"));
        h.client.connection(1).openAndAuthenticate().text(trade("AAPL", T1, 1));
        List<MarketEvent> events = h.pollUntil(e -> e.size() == 2);

        // Then
        assertThat(first.isCancelled()).isTrue();
        assertThat(events.get(0).gap.reason).isEqualTo("stall");
        assertThat(h.metrics("stocks:0").stalls.getCount()).isEqualTo(1);
    }

    @Test
    void withAStallTimeoutSilenceAloneReconnects() throws Exception {
        // Given
        Configuration conf = new Configuration();
        conf.set(PolygonWebSocketOptions.STALL_TIMEOUT, Duration.ofMillis(50));
        h.close();
        h = new ReaderHarness(conf);
        h.add(SPLIT);
        FakeConnection first = h.client.connection(0).openAndAuthenticate();
        first.text(trade("AAPL", T1, 1));

        // When: the server stays silent (its pongs would be invisible to this check)
        FakeConnection second = h.client.connection(1).openAndAuthenticate();
        second.text(trade("AAPL", T1 + 1, 2));
        List<MarketEvent> events = h.pollUntil(e -> e.size() == 3);

        // Then
        assertThat(first.isCancelled()).isTrue();
        assertThat(events.get(1).gap.reason).isEqualTo("stall");
    }

    @Test
    void slowConsumerIsCountedAndItsGapSaysSo() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection first = h.client.connection(0).openAndAuthenticate();
        first.text(trade("AAPL", T1, 1));

        // When
        first.status("slow_consumer", "Consumer is not keeping up.");
        first.serverCloses(1008, "slow consumer");
        h.client.connection(1).openAndAuthenticate().text(trade("AAPL", T1 + 1, 2));
        List<MarketEvent> events = h.pollUntil(e -> e.size() == 3);

        // Then
        assertThat(events.get(1).gap.reason).isEqualTo("slow_consumer");
        assertThat(h.metrics("stocks:0").slowConsumers.getCount()).isEqualTo(1);
        assertThat(h.client.connectionCount()).isEqualTo(2); // the late close of the old socket opened nothing
    }

    @Test
    void authFailedFailsTheJobWithOneClearLineAndNeverReconnects() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection c = h.client.connection(0).open();
        c.awaitSent(1);

        // When
        c.status("auth_failed", "authentication failed");

        // Then
        assertThatThrownBy(() -> h.pollFor(Duration.ofSeconds(10))).satisfies(e -> {
            assertThat(ExceptionUtils.findThrowable(e, SuppressRestartsException.class)).isPresent();
            PolygonWebSocketException cause = ExceptionUtils.findThrowable(e, PolygonWebSocketException.class).get();
            assertThat(cause.getMessage()).isEqualTo("Polygon WebSocket ws://127.0.0.1:1/stocks refused the API key "
                    + "(auth_failed: authentication failed); check POLYGON_API_KEY and the plan's entitlements");
            assertThat(cause.getMessage()).doesNotContain(ReaderHarness.KEY);
        });
        assertThat(h.client.connectionCount()).isEqualTo(1);
    }

    @Test
    void maxConnectionsIsCountedAndWaitsTheLongMaxConnectionsBackoffInsteadOfFighting() throws Exception {
        // Given
        Configuration conf = new Configuration();
        conf.set(PolygonWebSocketOptions.MAX_CONNECTIONS_BACKOFF, Duration.ofHours(1));
        h.close();
        h = new ReaderHarness(conf);
        h.add(SPLIT);
        FakeConnection c = h.client.connection(0).openAndAuthenticate();

        // When
        c.status("max_connections", "Maximum number of connections exceeded.");
        h.pollFor(Duration.ofMillis(300)); // far beyond the 1-5 ms ordinary backoff

        // Then
        assertThat(h.metrics("stocks:0").maxConnections.getCount()).isEqualTo(1);
        assertThat(c.isCancelled()).isTrue();
        assertThat(h.client.connectionCount()).isEqualTo(1);
    }

    @Test
    void aRestoredSplitEmitsARestoreGapFromItsCheckpointedEventTime() throws Exception {
        // Given
        h.add(new WebSocketSplit("stocks:0", new String[] {"AAPL"}, T1 * 1_000_000L));
        FakeConnection c = h.client.connection(0).openAndAuthenticate();

        // When
        c.text(trade("AAPL", T1 + 60_000, 7));
        List<MarketEvent> events = h.pollUntil(e -> e.size() == 2);

        // Then
        assertThat(events.get(0).gap.reason).isEqualTo("restore");
        assertThat(events.get(0).gap.startTs).isEqualTo(T1 * 1_000_000L);
        assertThat(events.get(0).gap.endTs).isEqualTo((T1 + 60_000) * 1_000_000L);
        assertThat(events.get(1).kind).isEqualTo(EventKind.TRADE);
    }

    @Test
    void aSubscriptionChangeSendsOnlyTheDifferenceOnTheLiveConnectionAndIsCheckpointed() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection c = h.client.connection(0).openAndAuthenticate();
        c.awaitSent(2);

        // When
        h.reader.handleSourceEvents(new SubscriptionChangeEvent("stocks:0", new String[] {"MSFT", "NVDA"}));
        h.pollFor(Duration.ofMillis(1));

        // Then
        assertThat(c.awaitSent(4).subList(2, 4)).containsExactly(
                "{\"action\":\"unsubscribe\",\"params\":\"T.AAPL,Q.AAPL\"}",
                "{\"action\":\"subscribe\",\"params\":\"T.NVDA,Q.NVDA\"}");
        assertThat(h.reader.snapshotState(2).get(0).tickers()).containsExactly("MSFT", "NVDA");
        assertThat(h.client.connectionCount()).isEqualTo(1);
    }

    @Test
    void malformedFramesBecomeCountedRejectsAndTheConnectionCarriesOn() throws Exception {
        // Given
        h.add(SPLIT);
        FakeConnection c = h.client.connection(0).openAndAuthenticate();

        // When
        c.text("[{\"ev\":\"T\",\"sym\":");
        c.text("[{\"ev\":\"XX\"}," + trade("AAPL", T1, 3).substring(1));
        List<MarketEvent> events = h.pollUntil(e -> e.size() == 3);

        // Then
        assertThat(events).extracting(e -> e.kind).containsExactly(EventKind.REJECT, EventKind.REJECT, EventKind.TRADE);
        assertThat(events.get(0).reject.raw).isEqualTo("[{\"ev\":\"T\",\"sym\":");
        assertThat(events.get(1).reject.location).isEqualTo("ws:stocks:0 frame 4 element 0");
        assertThat(h.metrics("stocks:0").rejects.getCount()).isEqualTo(2);
        assertThat(h.client.connectionCount()).isEqualTo(1);
    }

    @Test
    void aMissingApiKeyFailsWithAClearLine() throws Exception {
        // Given
        h.close();
        Configuration config = new Configuration();
        config.set(PolygonWebSocketOptions.URL, "ws://127.0.0.1:1/stocks");
        var client = new io.tapeflow.sources.polygon.client.FakePolygonWebSocketClient();
        var reader = WebSocketSourceReader.create(new ShardSettings(config, () -> null), (p, t) -> client, config,
                new org.apache.flink.connector.testutils.source.reader.TestingReaderContext());
        reader.start();
        reader.addSplits(List.of(SPLIT));

        // When
        client.connection(0).open();

        // Then
        RecordingReaderOutput out = new RecordingReaderOutput();
        assertThatThrownBy(() -> {
            for (int n = 0; n < 10_000; n++) {
                reader.pollNext(out);
                Thread.sleep(1);
            }
        }).satisfies(e -> assertThat(ExceptionUtils.findThrowable(e, PolygonWebSocketException.class).get())
                .hasMessage("No Polygon API key: set POLYGON_API_KEY for the WebSocket source"));
        reader.close();
        h = new ReaderHarness();
    }
}
