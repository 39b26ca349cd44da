package io.tapeflow.sources.polygon.websocket;

import static io.tapeflow.sources.polygon.testutils.SourceJobs.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.SentLog;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.testkit.CancelLeftoverJobsExtension;
import io.tapeflow.sources.polygon.testutils.SentLogs;
import io.tapeflow.sources.polygon.testutils.SentLogs.Key;
import io.tapeflow.sources.polygon.testutils.SourceJobs;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.metrics.Counter;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;
import org.apache.flink.util.ExceptionUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** The source in a MiniCluster (parallelism 2) against the simulator's connection faults. */
class WebSocketReconnectITCase {
    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2)
            .setConfiguration(METRICS.addToConfiguration(new org.apache.flink.configuration.Configuration())).build());

    @RegisterExtension
    static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(CLUSTER);

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    private PolygonSimulator sim;

    @AfterEach
    void stopSimulator() {
        if (sim != null) sim.close();
    }

    private PolygonWebSocketSourceBuilder source(String key) {
        return PolygonWebSocketSource.builder().setUrl(sim.wsUrl()).setApiKeySupplier(() -> key)
                .setTickers("*").setChannels("T", "Q", "A", "AM", "LULD")
                .setReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private static long count(Queue<MarketEvent> events, EventKind kind) {
        return events.stream().filter(e -> e.kind == kind).count();
    }

    private static long counter(JobID job, String name) {
        return METRICS.findMetrics(job, name).values().stream().mapToLong(m -> ((Counter) m).getCount()).sum();
    }

    @Test
    void disconnectsEveryTwoSecondsDeliverEverySentEventOnceWithOneGapPerReconnect(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        // Given
        sim = PolygonSimulator.builder().apiKeys("k").scenario(ScenarioSpec.basic(5, 7)).speed(20)
                .dropEvery(Duration.ofSeconds(2)).start();
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> out = shared.add(new ConcurrentLinkedQueue<>());

        // When
        JobID job = SourceJobs.submit(client, source("k").build(), out, 0, null, false);
        Thread.sleep(30_000);
        client.cancel(job).get(30, TimeUnit.SECONDS);

        // Then: split what arrived at the gaps; each stretch is exactly the start of one connection's sent log
        List<MarketEvent> received = new ArrayList<>(out.get());
        Map<Key, Integer> connectionByFirstEvent = new HashMap<>();
        for (int c = 0; c < sim.connectionsOpened(); c++) {
            SentLog log = sim.sentLog(c);
            if (log != null && log.size() > 0) connectionByFirstEvent.put(SentLogs.of(log.entries().get(0)), c);
        }
        List<Gap> gaps = new ArrayList<>();
        List<List<Key>> stretches = new ArrayList<>(List.of(new ArrayList<>()));
        long lastNs = 0;
        for (MarketEvent e : received) {
            if (e.kind == EventKind.GAP) {
                assertThat(e.gap.startTs).isEqualTo(lastNs);
                gaps.add(e.gap);
                stretches.add(new ArrayList<>());
            } else {
                assertThat(e.kind).isNotEqualTo(EventKind.REJECT);
                List<Key> stretch = stretches.get(stretches.size() - 1);
                if (stretch.isEmpty() && !gaps.isEmpty()) {
                    assertThat(gaps.get(gaps.size() - 1).endTs).isEqualTo(Math.max(lastNs, e.feedTimeNanos()));
                }
                stretch.add(SentLogs.of(e));
                lastNs = Math.max(lastNs, e.feedTimeNanos());
            }
        }
        int reconnects = sim.connectionsOpened() - 1;
        assertThat(reconnects).isGreaterThanOrEqualTo(12);
        assertThat(gaps).hasSize(reconnects).allSatisfy(g -> assertThat(g.reason).isEqualTo("reconnect"));
        long lost = 0;
        for (List<Key> stretch : stretches) {
            assertThat(stretch).isNotEmpty(); // every session delivered data: nothing stalled
            Integer connection = connectionByFirstEvent.get(stretch.get(0));
            assertThat(connection).as("stretch starts a connection's log").isNotNull();
            List<Key> sent = sim.sentLog(connection).entries().stream().map(SentLogs::of).toList();
            assertThat(stretch).containsExactlyElementsOf(sent.subList(0, stretch.size()));
            lost += sent.size() - stretch.size();
        }
        System.out.printf("drops: %d reconnects, %d events received, %d sent but cut off in flight%n", reconnects,
                received.size() - gaps.size(), lost);
    }

    @Test
    void aRefusedKeyFailsTheJobOnceWithAClearMessageDespiteARestartStrategy(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        // Given
        sim = PolygonSimulator.builder().apiKeys("good").scenario(ScenarioSpec.basic(2, 1)).start();
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> out = shared.add(new ConcurrentLinkedQueue<>());

        // When
        JobID job = SourceJobs.submit(client, source("bad-key-xyz").build(), out, 0, null, true);
        Throwable failure = client.requestJobResult(job).get(60, TimeUnit.SECONDS).getSerializedThrowable()
                .map(t -> t.deserializeError(getClass().getClassLoader())).orElse(null);

        // Then
        assertThat(failure).isNotNull();
        String message = ExceptionUtils.stringifyException(failure);
        assertThat(message).contains("refused the API key (auth_failed: authentication failed)")
                .doesNotContain("bad-key-xyz");
        assertThat(sim.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void maxConnectionsIsCountedAndTheSourceDoesNotFightTheOtherClient(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        // Given: the account's one connection is already held by another client
        sim = PolygonSimulator.builder().apiKeys("k").maxConnections(1).scenario(ScenarioSpec.basic(2, 1)).start();
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> out = shared.add(new ConcurrentLinkedQueue<>());
        try (var other = new io.tapeflow.sources.polygon.testutils.RawWebSocket(sim.wsUrl())) {
            other.send("{\"action\":\"auth\",\"params\":\"k\"}");
            await(() -> sim.connectionsOpen() == 1, Duration.ofSeconds(10), "the other client");

            // When
            JobID job = SourceJobs.submit(client, source("k").setMaxConnectionsBackoff(Duration.ofHours(1)).build(),
                    out, 0, null, false);
            await(() -> counter(job, "maxConnections") == 1, Duration.ofSeconds(30), "max_connections counted");
            Thread.sleep(1_000); // many ordinary backoffs (50-200 ms) long

            // Then
            assertThat(sim.connectionsOpened()).isEqualTo(2);
            assertThat(client.getJobStatus(job).get()).isEqualTo(JobStatus.RUNNING);
            client.cancel(job).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStalledServerIsDroppedAtThePongDeadlineAndTheGapSaysStall(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        // Given
        sim = PolygonSimulator.builder().apiKeys("k").scenario(ScenarioSpec.basic(5, 3)).speed(20).start();
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> out = shared.add(new ConcurrentLinkedQueue<>());
        JobID job = SourceJobs.submit(client, source("k").setPingInterval(Duration.ofMillis(300)).build(), out, 0,
                null, false);
        await(() -> out.get().size() > 100, Duration.ofSeconds(30), "first events");

        // When
        sim.stall(Duration.ofSeconds(3));
        await(() -> count(out.get(), EventKind.GAP) == 1, Duration.ofSeconds(30), "a gap after the stall");

        // Then
        MarketEvent gap = out.get().stream().filter(e -> e.kind == EventKind.GAP).findFirst().get();
        assertThat(gap.gap.reason).isEqualTo("stall");
        assertThat(sim.connectionsOpened()).isGreaterThanOrEqualTo(2);
        assertThat(counter(job, "stalls")).isGreaterThanOrEqualTo(1);
        client.cancel(job).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aSlowConsumerIsCutByTheServerAndTheSourceReconnectsWithAGap(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        // Given: a market at 200x (tens of thousands of events/s), a tiny server-side bound, a sink that cannot keep up
        sim = PolygonSimulator.builder().apiKeys("k").scenario(ScenarioSpec.basic(10, 5)).speed(200)
                .slowConsumerBytes(256 * 1024).start();
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> out = shared.add(new ConcurrentLinkedQueue<>());

        // When
        JobID job = SourceJobs.submit(client, source("k").setQueueCapacity(4).build(), out, 200_000, null, false);
        await(() -> counter(job, "slowConsumers") + counter(job, "reconnects") >= 1
                && count(out.get(), EventKind.GAP) >= 1,
                Duration.ofSeconds(60), "a slow-consumer cut and the reconnect gap");

        // Then
        MarketEvent gap = out.get().stream().filter(e -> e.kind == EventKind.GAP).findFirst().get();
        // The status frame may be stuck behind unread data when the server cuts the socket.
        assertThat(gap.gap.reason).isIn("slow_consumer", "reconnect");
        if (gap.gap.reason.equals("slow_consumer")) assertThat(counter(job, "slowConsumers")).isEqualTo(1);
        assertThat(client.getJobStatus(job).get()).isEqualTo(JobStatus.RUNNING);
        client.cancel(job).get(30, TimeUnit.SECONDS);
    }
}
