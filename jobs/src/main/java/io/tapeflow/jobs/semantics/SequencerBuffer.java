package io.tapeflow.jobs.semantics;

import java.util.List;

/**
 * Where an {@link EventSequencer} keeps the current ticker's progress and its events not yet released: keyed state
 * ({@link KeyedStateBuffer}), or plain fields for the one ticker a BATCH run processes at a time
 * ({@link CurrentKeyBuffer}). Both give the sequencer the same events for the same calls, so the steps are the same.
 */
interface SequencerBuffer {
    /** The progress of {@code key}, the ticker being processed (a fresh one for a ticker not seen yet). */
    SequencerState progress(String key) throws Exception;

    /** Keeps the progress of the current ticker (the instance {@link #progress} returned, possibly changed). */
    void saveProgress(SequencerState p) throws Exception;

    /** Holds an event of the current ticker at millisecond {@code ms}. */
    void add(long ms, TickerEvent e) throws Exception;

    /**
     * Moves every held event at or before {@code targetMs} to {@code ready}, in arrival order within a millisecond.
     *
     * @return the smallest millisecond still held, {@code Long.MAX_VALUE} when none
     */
    long drainThrough(long targetMs, List<TickerEvent> ready) throws Exception;
}
