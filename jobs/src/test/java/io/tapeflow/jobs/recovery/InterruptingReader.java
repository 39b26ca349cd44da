package io.tapeflow.jobs.recovery;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.core.io.InputStatus;

/**
 * The reader of {@link InterruptingSource}: passes records through, counting them, and pauses, fails or holds as
 * {@link Interruptions} says. Every call runs on the task's mailbox thread, like checkpoints, so the phases need no
 * locking.
 */
final class InterruptingReader<T, S extends SourceSplit> implements SourceReader<T, S> {
    private enum Phase { READING, PAUSED, AFTER_CHECKPOINT }

    private final SourceReader<T, S> delegate;
    private final Interruptions plan;
    private final CompletableFuture<Void> resumed = new CompletableFuture<>();
    private Phase phase = Phase.READING;
    private long read;
    private long afterCheckpoint;
    private long pauseCheckpoint = -1;
    private long writesAtResume;
    private ReaderOutput<T> output;
    private CountingOutput<T> counting;

    InterruptingReader(SourceReader<T, S> delegate, Interruptions plan) {
        this.delegate = delegate;
        this.plan = plan;
    }

    @Override
    public InputStatus pollNext(ReaderOutput<T> out) throws Exception {
        if (phase == Phase.PAUSED) return InputStatus.NOTHING_AVAILABLE;
        if (phase == Phase.AFTER_CHECKPOINT) return readThenFail(counted(out));
        if (read >= plan.pauseAfter()) {
            phase = Phase.PAUSED;
            if (plan.hold) plan.log().held(read);
            return InputStatus.NOTHING_AVAILABLE;
        }
        return delegate.pollNext(counted(out));
    }

    /**
     * Reads the records past the checkpoint and fails, all in ONE mailbox action: no checkpoint can start in between,
     * so the restore starts exactly at the checkpoint taken during the pause and replays these records. Before
     * failing it lets the sinks write what these records caused, so the restore has writes to repeat.
     */
    private InputStatus readThenFail(ReaderOutput<T> out) throws Exception {
        InputStatus status = InputStatus.MORE_AVAILABLE;
        while (afterCheckpoint < plan.replayed && status != InputStatus.END_OF_INPUT) {
            status = delegate.pollNext(out);
            if (status == InputStatus.NOTHING_AVAILABLE && !awaitFetch()) break;
        }
        if (afterCheckpoint == 0) return status; // nothing fetched yet: a checkpoint now still holds the same position
        long writes = awaitSinkWrites();
        int n = plan.log().failed(afterCheckpoint, writes);
        throw new IllegalStateException("injected task failure " + n + ": " + afterCheckpoint
                + " records and " + writes + " sink writes after checkpoint " + pauseCheckpoint);
    }

    /**
     * Waits on this thread for the split fetcher's next batch. At the end of a split the next one arrives through the
     * mailbox this thread blocks, so after a second the replay just ends there.
     */
    private boolean awaitFetch() throws InterruptedException, ExecutionException {
        try {
            delegate.isAvailable().get(1, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Waits until the sinks have written something since the checkpoint and then stop for a moment (guard 10 s). */
    private long awaitSinkWrites() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long seen = writesAtResume;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long now = plan.log().sinkWrites();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (seen > writesAtResume && System.nanoTime() - quietSince > TimeUnit.MILLISECONDS.toNanos(300)) {
                break;
            }
            Thread.sleep(10);
        }
        return seen - writesAtResume;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return phase == Phase.PAUSED ? resumed : delegate.isAvailable();
    }

    @Override
    public List<S> snapshotState(long checkpointId) {
        if (phase == Phase.PAUSED && pauseCheckpoint < 0) pauseCheckpoint = checkpointId;
        return delegate.snapshotState(checkpointId);
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        delegate.notifyCheckpointComplete(checkpointId);
        if (phase == Phase.PAUSED && !plan.hold && pauseCheckpoint >= 0 && checkpointId >= pauseCheckpoint) {
            phase = Phase.AFTER_CHECKPOINT;
            writesAtResume = plan.log().sinkWrites();
            resumed.complete(null);
        }
    }

    @Override
    public void notifyCheckpointAborted(long checkpointId) throws Exception {
        delegate.notifyCheckpointAborted(checkpointId);
    }

    @Override
    public void start() {
        delegate.start();
    }

    @Override
    public void addSplits(List<S> splits) {
        delegate.addSplits(splits);
    }

    @Override
    public void notifyNoMoreSplits() {
        delegate.notifyNoMoreSplits();
    }

    @Override
    public void handleSourceEvents(org.apache.flink.api.connector.source.SourceEvent event) {
        delegate.handleSourceEvents(event);
    }

    @Override
    public void pauseOrResumeSplits(java.util.Collection<String> pause, java.util.Collection<String> resume) {
        delegate.pauseOrResumeSplits(pause, resume);
    }

    @Override
    public void close() throws Exception {
        delegate.close();
    }

    private ReaderOutput<T> counted(ReaderOutput<T> out) {
        // the wrapped reader keeps the per-split outputs it creates, so the wrapper must live as long as the output
        if (out != output) {
            output = out;
            counting = new CountingOutput<>(out, this::onRecord);
        }
        return counting;
    }

    private void onRecord(T record) {
        if (read++ == 0) plan.log().attemptStarted(String.valueOf(record));
        if (phase == Phase.AFTER_CHECKPOINT && afterCheckpoint++ == 0) {
            plan.log().readAfterCheckpoint(String.valueOf(record));
        }
        plan.log().read();
    }
}
