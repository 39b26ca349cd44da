package io.tapeflow.jobs.semantics;

/** Per-ticker progress of an {@link EventSequencer}: how far its market clock has been released, and what it saw. */
public class SequencerState {
    /** Every event with a millisecond timestamp at or below this has been processed; later arrivals there are late. */
    public long releasedThroughMs = Long.MIN_VALUE;
    /** The highest event timestamp this ticker has seen, epoch ms. */
    public long maxSeenMs = Long.MIN_VALUE;
    /** The smallest buffered millisecond, {@code Long.MAX_VALUE} when the buffer is empty. */
    public long minBufferedMs = Long.MAX_VALUE;

    /** The one event-time timer registered for this ticker, {@code Long.MIN_VALUE} = none. */
    public long timerMs = Long.MIN_VALUE;

    public SequencerState() {}
}
