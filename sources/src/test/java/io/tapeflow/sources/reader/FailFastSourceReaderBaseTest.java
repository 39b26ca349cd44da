package io.tapeflow.sources.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.source.reader.RecordsBySplits;
import org.apache.flink.connector.base.source.reader.RecordsWithSplitIds;
import org.apache.flink.connector.base.source.reader.splitreader.SplitReader;
import org.apache.flink.connector.base.source.reader.splitreader.SplitsChange;
import org.apache.flink.connector.testutils.source.reader.TestingReaderContext;
import org.apache.flink.connector.testutils.source.reader.TestingReaderOutput;
import org.apache.flink.core.io.InputStatus;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** A fetcher error always reaches the task, even when it lands between Flink's error check and its queue poll. */
class FailFastSourceReaderBaseTest {

    @Test
    void aFetcherThatFailsWhileTheTaskIsBetweenErrorCheckAndQueuePollStillFailsTheTask() throws Exception {
        // Given: a reader whose fetcher waits for a command, with one split
        ScriptedSplitReader splitReader = new ScriptedSplitReader();
        TestReader reader = new TestReader(splitReader);
        reader.start();
        reader.addSplits(List.of(new TestSplit()));
        // ... and the task thread held after its error check until the fetcher has failed and exited
        Throwable failure;
        try (PauseBeforeQueuePoll pause = PauseBeforeQueuePoll.install(Thread.currentThread(), () -> {
            splitReader.commands.add("fail");
            await(() -> reader.aliveFetchers() == 0);
            sleep(100); // the fetcher's last step, after leaving the map, is one more wake-up of the queue
        })) {
            // When
            failure = pollLikeATask(reader);

            // Then
            assertThat(pause.times()).as("the interleaving was forced").isGreaterThanOrEqualTo(1);
        } finally {
            reader.close();
        }
        assertThat(failure).hasRootCauseMessage("the server refused the key");
    }

    /** Polls as a source task does: again at once after MORE_AVAILABLE, otherwise only once the reader is available. */
    private static Throwable pollLikeATask(TestReader reader) throws Exception {
        TestingReaderOutput<String> output = new TestingReaderOutput<>();
        while (true) {
            try {
                if (reader.pollNext(output) != InputStatus.MORE_AVAILABLE) {
                    reader.isAvailable().get(10, TimeUnit.SECONDS);
                }
            } catch (TimeoutException e) {
                throw new AssertionError("the fetcher failed, but the reader neither threw nor became available: "
                        + "a task would wait forever");
            } catch (RuntimeException e) {
                return e;
            }
        }
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("the fetcher never exited");
            sleep(1);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static final class TestSplit implements SourceSplit {
        @Override
        public String splitId() {
            return "split-0";
        }
    }

    /** Each fetch waits for a command: "fail" throws, anything else (a wake-up too) returns an empty batch. */
    private static final class ScriptedSplitReader implements SplitReader<String, TestSplit> {
        final BlockingQueue<String> commands = new LinkedBlockingQueue<>();

        @Override
        public RecordsWithSplitIds<String> fetch() {
            try {
                if ("fail".equals(commands.take())) throw new IllegalStateException("the server refused the key");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new RecordsBySplits.Builder<String>().build();
        }

        @Override
        public void handleSplitsChanges(SplitsChange<TestSplit> change) {}

        @Override
        public void wakeUp() {
            commands.add("wake");
        }

        @Override
        public void close() {}
    }

    private static final class TestReader extends FailFastSourceReaderBase<String, String, TestSplit, TestSplit> {
        TestReader(ScriptedSplitReader splitReader) {
            super(() -> splitReader, (element, output, state) -> output.collect(element), new Configuration(),
                    new TestingReaderContext());
        }

        int aliveFetchers() {
            return splitFetcherManager.getNumAliveFetchers();
        }

        @Override
        protected void onSplitFinished(Map<String, TestSplit> finishedSplitIds) {}

        @Override
        protected TestSplit initializedState(TestSplit split) {
            return split;
        }

        @Override
        protected TestSplit toSplitType(String splitId, TestSplit state) {
            return state;
        }
    }
}
