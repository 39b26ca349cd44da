package io.tapeflow.sources.polygon.websocket;

import static io.tapeflow.sources.polygon.testutils.SourceJobs.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.simulator.PolygonSimulator;
import io.tapeflow.simulator.faults.BadFrames;
import io.tapeflow.simulator.scenario.ScenarioSpec;
import io.tapeflow.sources.model.EventKind;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.testkit.CancelLeftoverJobsExtension;
import io.tapeflow.sources.polygon.testutils.SourceJobs;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.client.program.ClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.InjectClusterClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/** Malformed frames, live ticker-file changes and stop-with-savepoint/restore, in a MiniCluster with the simulator. */
class WebSocketSubscriptionITCase {
    private static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2)
            .setConfiguration(METRICS.addToConfiguration(new Configuration())).build());

    @RegisterExtension
    static final CancelLeftoverJobsExtension LEFTOVER_JOBS = new CancelLeftoverJobsExtension(CLUSTER);

    @RegisterExtension
    final SharedObjectsExtension shared = SharedObjectsExtension.create();

    @TempDir
    Path dir;

    private PolygonSimulator sim;

    @AfterEach
    void stopSimulator() {
        if (sim != null) sim.close();
    }

    private PolygonWebSocketSourceBuilder source() {
        return PolygonWebSocketSource.builder().setUrl(sim.wsUrl()).setApiKeySupplier(() -> "k")
                .setChannels("T", "Q", "A", "AM", "LULD")
                .setReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200));
    }

    private static List<MarketEvent> of(ConcurrentLinkedQueue<MarketEvent> q, EventKind kind) {
        return q.stream().filter(e -> e.kind == kind).toList();
    }

    @Test
    void malformedFramesBecomeCountedRejectsWithTheirRawTextAndTheFeedCarriesOn(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        // Given
        sim = PolygonSimulator.builder().apiKeys("k").scenario(ScenarioSpec.basic(5, 11)).speed(20).start();
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> out = shared.add(new ConcurrentLinkedQueue<>());
        JobID job = SourceJobs.submit(client, source().setTickers("*").build(), out, 0, null, false);
        await(() -> out.get().size() > 100, Duration.ofSeconds(30), "first events");

        // When
        sim.sendMalformed();
        int before = out.get().size();
        await(() -> of(out.get(), EventKind.REJECT).size() == BadFrames.all().length
                && out.get().size() > before + 100, Duration.ofSeconds(30), "rejects and later events");

        // Then: one reject per bad frame, raw text taken from that frame
        List<String> bad = Arrays.asList(BadFrames.all());
        assertThat(of(out.get(), EventKind.REJECT)).allSatisfy(r -> {
            assertThat(bad).anySatisfy(frame -> assertThat(frame).contains(r.reject.raw));
            assertThat(r.reject.origin).isEqualTo("ws");
            assertThat(r.reject.location).startsWith("ws:stocks:0 frame ");
        });
        await(() -> counter(job, "rejects") == bad.size(), Duration.ofSeconds(10), "the rejects metric");
        assertThat(sim.connectionsOpened()).isEqualTo(1);
        assertThat(client.getJobStatus(job).get()).isEqualTo(JobStatus.RUNNING);
        client.cancel(job).get(30, TimeUnit.SECONDS);
    }

    @Test
    void rewritingTheTickersFileMovesTheLiveSubscriptionWithoutReconnecting(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        // Given
        sim = PolygonSimulator.builder().apiKeys("k").scenario(ScenarioSpec.basic(4, 13)).speed(20).start();
        String first = sim.market().tickers().get(0).ticker();
        String second = sim.market().tickers().get(1).ticker();
        Path file = Files.writeString(dir.resolve("tickers.txt"), first + "\n");
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> out = shared.add(new ConcurrentLinkedQueue<>());
        JobID job = SourceJobs.submit(client, source().setTickersFile(file)
                .setTickersFilePollInterval(Duration.ofMillis(200)).build(), out, 0, null, false);
        await(() -> out.get().size() > 20, Duration.ofSeconds(30), "events of " + first);

        // When
        Files.writeString(file, "# moved\n" + second + "\n");
        await(() -> out.get().stream().filter(e -> second.equals(e.ticker())).count() > 20, Duration.ofSeconds(30),
                "events of " + second);
        client.cancel(job).get(30, TimeUnit.SECONDS);

        // Then: on the wire every event of the old ticker precedes every event of the new one
        List<String> tickers = new ArrayList<>();
        out.get().forEach(e -> tickers.add(e.ticker()));
        assertThat(tickers).containsOnly(first, second);
        assertThat(tickers.lastIndexOf(first)).isLessThan(tickers.indexOf(second));
        assertThat(sim.connectionsOpened()).isEqualTo(1);
        assertThat(of(out.get(), EventKind.GAP)).isEmpty();
    }

    @Test
    void stopWithSavepointThenRestoreRecordsTheGapFromTheCheckpointedEventTime(
            @InjectClusterClient ClusterClient<?> client) throws Exception {
        // Given
        sim = PolygonSimulator.builder().apiKeys("k").scenario(ScenarioSpec.basic(5, 17)).speed(20).start();
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> before = shared.add(new ConcurrentLinkedQueue<>());
        JobID job = SourceJobs.submit(client, source().setTickers("*").build(), before, 0, null, false);
        await(() -> before.get().size() > 500, Duration.ofSeconds(30), "first events");

        // When
        String savepoint = client.stopWithSavepoint(job, false, dir.resolve("sp").toUri().toString(),
                SavepointFormatType.CANONICAL).get(60, TimeUnit.SECONDS);
        long lastNs = before.get().stream().mapToLong(MarketEvent::feedTimeNanos).max().getAsLong();
        SharedReference<ConcurrentLinkedQueue<MarketEvent>> after = shared.add(new ConcurrentLinkedQueue<>());
        JobID restored = SourceJobs.submit(client, source().setTickers("*").build(), after, 0, savepoint, false);
        await(() -> after.get().size() > 10, Duration.ofSeconds(30), "events after the restore");
        client.cancel(restored).get(30, TimeUnit.SECONDS);

        // Then
        MarketEvent firstAfter = after.get().peek();
        assertThat(firstAfter.kind).isEqualTo(EventKind.GAP);
        assertThat(firstAfter.gap.reason).isEqualTo("restore");
        assertThat(firstAfter.gap.startTs).isEqualTo(lastNs);
        assertThat(firstAfter.gap.endTs).isGreaterThanOrEqualTo(lastNs);
        assertThat(firstAfter.gap.tickers).containsExactly("*");
        assertThat(firstAfter.gap.feed).isEqualTo("ws:stocks:0");
        assertThat(of(after.get(), EventKind.GAP)).hasSize(1);
    }

    private static long counter(JobID job, String name) {
        return METRICS.findMetrics(job, name).values().stream().mapToLong(m -> ((Counter) m).getCount()).sum();
    }
}
