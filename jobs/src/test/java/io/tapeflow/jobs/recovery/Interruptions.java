package io.tapeflow.jobs.recovery;

import java.io.Serializable;
import org.apache.flink.testutils.junit.SharedObjectsExtension;
import org.apache.flink.testutils.junit.SharedReference;

/**
 * What {@link InterruptingSource} does to its job: attempt k reads {@code pauses[k]} records, pauses until a
 * checkpoint taken during the pause completes, reads up to {@link #replayed} more and fails the task, for as many
 * attempts as there are pauses; or it holds at the pause for good (a savepoint is taken there); or nothing at all.
 */
final class Interruptions implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] pauses;
    final long replayed;
    final boolean hold;
    private final SharedReference<AttemptLog> log;

    private Interruptions(long[] pauses, long replayed, boolean hold, SharedReference<AttemptLog> log) {
        this.pauses = pauses;
        this.replayed = replayed;
        this.hold = hold;
        this.log = log;
    }

    /** A clean run (the source is wrapped all the same, so the graph is the one the interrupted runs use). */
    static Interruptions none(SharedObjectsExtension shared) {
        return new Interruptions(new long[0], 0, false, shared.add(new AttemptLog()));
    }

    /**
     * Fails attempt k after {@code pauses[k]} records of that attempt, a completed checkpoint and up to
     * {@code replayed} more records (which the restore reads again).
     */
    static Interruptions failures(SharedObjectsExtension shared, long[] pauses, long replayed) {
        return new Interruptions(pauses.clone(), replayed, false, shared.add(new AttemptLog()));
    }

    /** Reads {@code pauseAfter} records, then nothing: the job stays up, mid-input, until it is stopped. */
    static Interruptions holdAfter(SharedObjectsExtension shared, long pauseAfter) {
        return new Interruptions(new long[] {pauseAfter}, 0, true, shared.add(new AttemptLog()));
    }

    /** Records the current attempt reads before it pauses; {@code Long.MAX_VALUE} once no interruption is left. */
    long pauseAfter() {
        int attempt = hold ? 0 : log.get().failures();
        return attempt < pauses.length ? pauses[attempt] : Long.MAX_VALUE;
    }

    AttemptLog log() {
        return log.get();
    }
}
