package io.tapeflow.jobs.recovery;

import java.io.Serializable;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;

/**
 * What {@link InterruptingSource} does to its job: read {@link #pauseAfter} records per attempt, pause until a
 * checkpoint taken during the pause completes, read up to {@link #replayed} more and fail the task — for the first
 * {@link #failures} attempts; or hold at the pause for good (a savepoint is taken there); or nothing at all.
 */
final class Interruptions implements Serializable {
    private static final long serialVersionUID = 1L;
    final long pauseAfter;
    final int failures;
    final long replayed;
    final boolean hold;
    final SharedReference<AttemptLog> log;

    private Interruptions(long pauseAfter, int failures, long replayed, boolean hold,
            SharedReference<AttemptLog> log) {
        this.pauseAfter = pauseAfter;
        this.failures = failures;
        this.replayed = replayed;
        this.hold = hold;
        this.log = log;
    }

    /** A clean run (the source is wrapped all the same, so the graph is the one the interrupted runs use). */
    static Interruptions none(SharedObjectsExtension shared) {
        return new Interruptions(Long.MAX_VALUE, 0, 0, false, shared.add(new AttemptLog()));
    }

    /**
     * Fails the first {@code failures} attempts, each after {@code pauseAfter} records of that attempt, a completed
     * checkpoint and {@code replayed} more records (which the restore reads again).
     */
    static Interruptions failures(SharedObjectsExtension shared, int failures, long pauseAfter, long replayed) {
        return new Interruptions(pauseAfter, failures, replayed, false, shared.add(new AttemptLog()));
    }

    /** Reads {@code pauseAfter} records, then nothing: the job stays up, mid-input, until it is stopped. */
    static Interruptions holdAfter(SharedObjectsExtension shared, long pauseAfter) {
        return new Interruptions(pauseAfter, 0, 0, true, shared.add(new AttemptLog()));
    }

    /** Whether the current attempt still pauses (and then fails or holds). */
    boolean interrupts() {
        return hold || log.get().failures() < failures;
    }

    AttemptLog log() {
        return log.get();
    }
}
