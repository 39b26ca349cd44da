package io.tapeflow.jobs.semantics;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link SequencerBuffer} of BATCH runs: the one ticker being processed keeps its held events in arrival order in
 * a plain list, and its progress in a field. BATCH hands an operator all of a ticker's records (sorted by time),
 * then fires its timers, then moves to the next ticker, and never checkpoints; so nothing needs keyed state, and the
 * sorted arrivals make a release a cut of the list's head instead of a scan of a map (a backfill profile had the map
 * state's boxing, copying and iteration at about a tenth of the halt detector's thread).
 */
final class CurrentKeyBuffer implements SequencerBuffer {
    private final List<TickerEvent> held = new ArrayList<>();
    private String key;
    private SequencerState progress;
    /** Index of the first event still held; the released ones before it are dropped in bulk (see compact). */
    private int head;
    /** Whether the held events' milliseconds never decrease in arrival order (then a release is a head cut). */
    private boolean ascending = true;
    private long lastMs = Long.MIN_VALUE;

    @Override
    public SequencerState progress(String key) {
        if (!key.equals(this.key)) {
            // a new ticker: the previous one was flushed by its end-of-key timer, whatever is left is not its state
            this.key = key;
            progress = new SequencerState();
            clear();
        }
        return progress;
    }

    @Override
    public void saveProgress(SequencerState p) {
        progress = p;
    }

    @Override
    public void add(long ms, TickerEvent e) {
        if (ms < lastMs) ascending = false;
        lastMs = ms;
        held.add(e);
    }

    @Override
    public long drainThrough(long targetMs, List<TickerEvent> ready) {
        long newMin = Long.MAX_VALUE;
        if (ascending) {
            int i = head;
            while (i < held.size() && held.get(i).eventTimeMillis() <= targetMs) ready.add(held.get(i++));
            head = i;
            if (head < held.size()) newMin = held.get(head).eventTimeMillis();
        } else {
            List<TickerEvent> kept = new ArrayList<>();
            for (int i = head; i < held.size(); i++) {
                TickerEvent e = held.get(i);
                long ms = e.eventTimeMillis();
                if (ms <= targetMs) {
                    ready.add(e);
                } else {
                    kept.add(e);
                    newMin = Math.min(newMin, ms);
                }
            }
            clear();
            for (TickerEvent e : kept) add(e.eventTimeMillis(), e);
        }
        if (head == held.size()) clear();
        else compact();
        return newMin;
    }

    /** Drops released events once they are most of the list: a busy ticker's day must not stay reachable. */
    private void compact() {
        if (head >= 1024 && head >= held.size() / 2) {
            held.subList(0, head).clear();
            head = 0;
        }
    }

    private void clear() {
        held.clear();
        head = 0;
        ascending = true;
        lastMs = Long.MIN_VALUE;
    }
}
