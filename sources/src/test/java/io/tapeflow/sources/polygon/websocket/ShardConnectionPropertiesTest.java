package io.tapeflow.sources.polygon.websocket;

import static io.tapeflow.sources.polygon.testutils.WireFrames.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.client.FakePolygonWebSocketClient;
import io.tapeflow.sources.polygon.client.FakePolygonWebSocketClient.FakeConnection;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The connection state machine under random interleavings of data, drops, server closes, disconnect statuses and bad
 * frames, driven single-threaded (no Flink, no sockets): nothing is lost or duplicated, and gaps bracket every loss.
 */
class ShardConnectionPropertiesTest {
    enum Step { TRADE, DROP, SERVER_CLOSE, SLOW_CONSUMER, FORCE_DISCONNECT, MALFORMED }

    @Property(tries = 300)
    void everyDeliveredTradeArrivesOnceInOrderAndEveryLossIsBracketedByOneGap(@ForAll("steps") List<Step> steps) {
        // Given
        Configuration config = new Configuration();
        config.set(PolygonWebSocketOptions.URL, "ws://127.0.0.1:1/stocks");
        FakePolygonWebSocketClient client = new FakePolygonWebSocketClient();
        BlockingQueue<Inbound> queue = new ArrayBlockingQueue<>(10_000);
        WebSocketSplitMetrics metrics = new WebSocketSplitMetrics(new UnregisteredMetricsGroup(), "stocks:0",
                queue::size, () -> 0L);
        ShardConnection shard = new ShardConnection(new WebSocketSplit("stocks:0", new String[] {"AAPL"}, 0L),
                new ShardSettings(config, () -> "k"), client, queue, metrics);
        List<MarketEvent> out = new ArrayList<>();
        shard.start();
        FakeConnection live = handshake(client, 0, queue, shard, out);
        List<Long> sentTimes = new ArrayList<>();
        int losses = 0;
        int malformed = 0;
        boolean lossPending = false;
        int expectedGaps = 0;
        long t = 1_700_000_000_000L;

        // When
        for (Step step : steps) {
            switch (step) {
                case TRADE:
                    t += 1 + (t % 7);
                    live.text(trade("AAPL", t, sentTimes.size()));
                    sentTimes.add(t);
                    if (lossPending) expectedGaps++;
                    lossPending = false;
                    break;
                case MALFORMED:
                    live.text("[{\"ev\":\"T\",");
                    malformed++;
                    break;
                default:
                    if (step == Step.DROP) live.networkDrop();
                    if (step == Step.SERVER_CLOSE) live.serverCloses(1001, "going away");
                    if (step == Step.SLOW_CONSUMER) live.status("slow_consumer", "Consumer is not keeping up.");
                    if (step == Step.FORCE_DISCONNECT) live.status("force_disconnect", "bye");
                    drain(queue, shard, out);
                    shard.onTick(System.nanoTime() + Duration.ofHours(1).toNanos());
                    losses++;
                    lossPending = true;
                    live = handshake(client, client.connectionCount() - 1, queue, shard, out);
            }
            drain(queue, shard, out);
        }

        // Then
        List<Long> receivedTimes = out.stream().filter(e -> e.kind == EventKind.TRADE)
                .map(e -> e.trade.sipTs / 1_000_000L).toList();
        assertThat(receivedTimes).containsExactlyElementsOf(sentTimes);
        assertThat(out.stream().filter(e -> e.kind == EventKind.REJECT).count()).isEqualTo(malformed);
        assertThat(metrics.reconnects.getCount()).isEqualTo(losses);
        assertThat(client.connectionCount()).isEqualTo(losses + 1);
        long gaps = 0;
        long lastNs = 0;
        for (int k = 0; k < out.size(); k++) {
            MarketEvent e = out.get(k);
            if (e.kind == EventKind.GAP) {
                gaps++;
                MarketEvent next = out.stream().skip(k + 1).filter(x -> x.kind == EventKind.TRADE).findFirst().get();
                // Without an event before the loss there is no start time: the gap is [first after, first after].
                assertThat(e.gap.startTs).isEqualTo(lastNs > 0 ? lastNs : next.trade.sipTs);
                assertThat(e.gap.endTs).isEqualTo(next.trade.sipTs);
            } else if (e.kind == EventKind.TRADE) {
                lastNs = e.trade.sipTs;
            }
        }
        assertThat(gaps).isEqualTo(expectedGaps);
    }

    private static FakeConnection handshake(FakePolygonWebSocketClient client, int index, BlockingQueue<Inbound> queue,
            ShardConnection shard, List<MarketEvent> out) {
        FakeConnection c = client.connection(index);
        c.open();
        drain(queue, shard, out);
        c.status("auth_success", "authenticated");
        drain(queue, shard, out);
        return c;
    }

    private static void drain(BlockingQueue<Inbound> queue, ShardConnection shard, List<MarketEvent> out) {
        Inbound item;
        while ((item = queue.poll()) != null) shard.handle(item, out::add);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.just(Step.TRADE)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Step.DROP)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Step.SERVER_CLOSE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Step.SLOW_CONSUMER)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Step.FORCE_DISCONNECT)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Step.MALFORMED))).list().ofMaxSize(60);
    }

}
