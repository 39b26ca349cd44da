package io.tapeflow.jobs.recovery;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * What the readers of one run of {@link InterruptingSource} did, attempt by attempt, shared with the test (same JVM):
 * the first record of each attempt, the first record read after each failing attempt's checkpoint, the failures, and
 * whether a holding reader reached its hold.
 */
final class AttemptLog {
    private final List<String> firstRecords = new CopyOnWriteArrayList<>();
    private final List<String> firstAfterCheckpoint = new CopyOnWriteArrayList<>();
    private final List<Long> replayed = new CopyOnWriteArrayList<>();
    private final List<Long> writesPastCheckpoint = new CopyOnWriteArrayList<>();
    private volatile LongSupplier sinkWrites = () -> 0;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong records = new AtomicLong();
    private final CompletableFuture<Long> held = new CompletableFuture<>();

    void attemptStarted(String firstRecord) {
        firstRecords.add(firstRecord);
    }

    void readAfterCheckpoint(String record) {
        firstAfterCheckpoint.add(record);
    }

    /** A failing attempt gives up after {@code replayed} records and {@code writes} sink writes past its checkpoint. */
    int failed(long replayed, long writes) {
        this.replayed.add(replayed);
        this.writesPastCheckpoint.add(writes);
        return failures.incrementAndGet();
    }

    /** Where the readers see the sinks' writes (the test's MongoDB counts them); none by default. */
    void countSinkWrites(LongSupplier writes) {
        this.sinkWrites = writes;
    }

    long sinkWrites() {
        return sinkWrites.getAsLong();
    }

    /** Sink writes each failing attempt saw after its checkpoint: writes its restore makes again. */
    List<Long> writesPastCheckpoint() {
        return List.copyOf(writesPastCheckpoint);
    }

    void read() {
        records.incrementAndGet();
    }

    void held(long records) {
        held.complete(records);
    }

    /** The first record each attempt read, in attempt order. */
    List<String> firstRecords() {
        return List.copyOf(firstRecords);
    }

    /** The first record each failing attempt read after its completed checkpoint (what a restore must start at). */
    List<String> firstAfterCheckpoint() {
        return List.copyOf(firstAfterCheckpoint);
    }

    /** Records each failing attempt read past its checkpoint: what its restore had to read again. */
    List<Long> replayed() {
        return List.copyOf(replayed);
    }

    int failures() {
        return failures.get();
    }

    /** Records read over all attempts (replays included). */
    long records() {
        return records.get();
    }

    /** Completes with the records read when a holding reader pauses. */
    CompletableFuture<Long> held() {
        return held;
    }
}
