package io.tapeflow.sources.polygon.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.connector.source.ReaderInfo;
import org.apache.flink.api.connector.source.SplitsAssignment;
import org.apache.flink.api.connector.source.mocks.MockSplitEnumeratorContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Shard assignment, tickers-file changes and snapshot/restore of the enumerator, on Flink's mock context. */
class WebSocketSourceEnumeratorTest {
    @TempDir
    Path dir;

    private final MockSplitEnumeratorContext<WebSocketSplit> context = new MockSplitEnumeratorContext<>(2);

    @AfterEach
    void closeContext() throws Exception {
        context.close();
    }

    private WebSocketSourceEnumerator enumerator(TickerShards shards, Path file) {
        WebSocketSourceEnumerator e = new WebSocketSourceEnumerator(context, shards, file, 1000);
        e.start();
        return e;
    }

    private void register(WebSocketSourceEnumerator e, int... subtasks) {
        for (int s : subtasks) {
            context.registerReader(new ReaderInfo(s, "localhost"));
            e.addReader(s);
        }
    }

    private Map<String, Integer> assignments() {
        Map<String, Integer> owners = new java.util.TreeMap<>();
        for (SplitsAssignment<WebSocketSplit> a : context.getSplitsAssignmentSequence()) {
            a.assignment().forEach((subtask, splits) -> splits.forEach(s -> owners.put(s.splitId(), subtask)));
        }
        return owners;
    }

    @Test
    void shardsAreAssignedRoundRobinOnceTheirReaderRegisters() {
        // Given
        WebSocketSourceEnumerator e = enumerator(TickerShards.initial("stocks", 2, List.of("A", "B", "C", "D", "E")),
                null);

        // When
        register(e, 0);
        Map<String, Integer> afterFirst = assignments();
        register(e, 1);

        // Then
        assertThat(afterFirst).containsOnlyKeys("stocks:0", "stocks:2");
        assertThat(assignments()).isEqualTo(Map.of("stocks:0", 0, "stocks:1", 1, "stocks:2", 0));
    }

    @Test
    void aChangedTickersFileSendsTheShardsNewTickersToItsReader() throws Throwable {
        // Given
        Path file = Files.writeString(dir.resolve("tickers.txt"), "AAPL, MSFT\n");
        WebSocketSourceEnumerator e = enumerator(TickerShards.initial("stocks", 0, TickersFile.read(file)), file);
        register(e, 0, 1);

        // When
        Files.writeString(file, "# watch list\nmsft\nNVDA\n");
        context.runPeriodicCallable(0);

        // Then
        assertThat(context.getSentSourceEvent().get(0)).containsExactly(
                new SubscriptionChangeEvent("stocks:0", new String[] {"MSFT", "NVDA"}));
        assertThat(e.snapshotState(1).splits().get(0).tickers()).containsExactly("MSFT", "NVDA");
    }

    @Test
    void anUnreadableTickersFileKeepsTheCurrentSubscription() throws Throwable {
        // Given
        Path file = Files.writeString(dir.resolve("tickers.txt"), "AAPL\n");
        WebSocketSourceEnumerator e = enumerator(TickerShards.initial("stocks", 0, TickersFile.read(file)), file);
        register(e, 0);

        // When
        Files.delete(file);
        context.runPeriodicCallable(0);

        // Then
        assertThat(context.getSentSourceEvent()).isEmpty();
        assertThat(e.snapshotState(1).splits().get(0).tickers()).containsExactly("AAPL");
    }

    @Test
    void moreTickersThanFitOpenANewShardThatIsAssignedAtOnce() throws Throwable {
        // Given
        Path file = Files.writeString(dir.resolve("tickers.txt"), "A B");
        WebSocketSourceEnumerator e = enumerator(TickerShards.initial("stocks", 2, TickersFile.read(file)), file);
        register(e, 0, 1);

        // When
        Files.writeString(file, "A B C");
        context.runPeriodicCallable(0);

        // Then
        assertThat(assignments()).containsEntry("stocks:1", 1);
        assertThat(context.getSplitsAssignmentSequence().get(1).assignment().get(1).get(0).tickers())
                .containsExactly("C");
    }

    @Test
    void aRestoredEnumeratorDoesNotReassignOwnedShardsAndSendsChangesToTheReaderThatReportsThem() throws Throwable {
        // Given: two shards assigned before the checkpoint
        Path file = Files.writeString(dir.resolve("tickers.txt"), "A B");
        WebSocketSourceEnumerator first = enumerator(TickerShards.initial("stocks", 1, TickersFile.read(file)), file);
        register(first, 0, 1);
        WebSocketEnumState state = first.snapshotState(7);

        // When: restored (Flink put both shards on subtask 0), the file changed meanwhile
        MockSplitEnumeratorContext<WebSocketSplit> fresh = new MockSplitEnumeratorContext<>(2);
        WebSocketSourceEnumerator restored = new WebSocketSourceEnumerator(fresh,
                TickerShards.restore("stocks", 1, state), file, 1000);
        restored.start();
        Files.writeString(file, "A C");
        fresh.runPeriodicCallable(0);
        fresh.registerReader(new ReaderInfo(0, "localhost"));
        restored.addReader(0);
        restored.handleSourceEvent(0, new SplitOwnershipEvent(List.of("stocks:0", "stocks:1")));

        // Then
        assertThat(state.assignedSplitIds()).containsExactlyInAnyOrder("stocks:0", "stocks:1");
        assertThat(fresh.getSplitsAssignmentSequence()).isEmpty();
        assertThat(fresh.getSentSourceEvent().get(0)).containsExactly(
                new SubscriptionChangeEvent("stocks:0", new String[] {"A"}),
                new SubscriptionChangeEvent("stocks:1", new String[] {"C"}));
        fresh.close();
    }

    @Test
    void shardsOfAFailedReaderAreReassignedWithTheirCheckpointedEventTime() {
        // Given
        WebSocketSourceEnumerator e = enumerator(TickerShards.initial("stocks", 0, Set.of("AAPL")), null);
        register(e, 0);

        // When
        e.addSplitsBack(List.of(new WebSocketSplit("stocks:0", new String[] {"AAPL"}, 99L)), 0);
        e.addReader(0);

        // Then
        List<SplitsAssignment<WebSocketSplit>> seq = context.getSplitsAssignmentSequence();
        assertThat(seq).hasSize(2);
        assertThat(seq.get(1).assignment().get(0)).containsExactly(
                new WebSocketSplit("stocks:0", new String[] {"AAPL"}, 99L));
    }
}
