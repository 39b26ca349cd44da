package io.tapeflow.sources.polygon.rest.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import org.apache.flink.api.connector.source.SourceSplit;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;

/**
 * Hands out a fixed, precomputed list of splits one per reader request (pull, like the Mongo connector); the state is
 * simply the splits not yet handed out. Returned splits go to the front so their position is resumed first.
 */
public final class PendingSplitsEnumerator<S extends SourceSplit> implements SplitEnumerator<S, List<S>> {
    private final SplitEnumeratorContext<S> context;
    private final Deque<S> pending;

    public PendingSplitsEnumerator(SplitEnumeratorContext<S> context, Collection<S> pending) {
        this.context = context;
        this.pending = new ArrayDeque<>(pending);
        context.metricGroup().gauge("splitsPending", this.pending::size);
    }

    @Override
    public void start() {}

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
        if (!context.registeredReaders().containsKey(subtaskId)) return;
        if (pending.isEmpty()) {
            context.signalNoMoreSplits(subtaskId);
        } else {
            context.assignSplit(pending.poll(), subtaskId);
        }
    }

    @Override
    public void addSplitsBack(List<S> splits, int subtaskId) {
        for (int i = splits.size() - 1; i >= 0; i--) pending.addFirst(splits.get(i));
    }

    @Override
    public void addReader(int subtaskId) {}

    @Override
    public List<S> snapshotState(long checkpointId) {
        return new ArrayList<>(pending);
    }

    @Override
    public void close() {}
}
