package io.tapeflow.sources.polygon.flatfiles.enumerator;

import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.util.FlinkRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the day files once (asynchronously, off the coordinator thread) and hands them out one per request: readers
 * pull a new file when they finish one, so fast readers take more files and a huge quotes day does not stall a
 * pre-assigned queue.
 */
public final class FlatFileSourceEnumerator implements SplitEnumerator<FlatFileSplit, FlatFileEnumState> {
    private static final Logger LOG = LoggerFactory.getLogger(FlatFileSourceEnumerator.class);

    private final SplitEnumeratorContext<FlatFileSplit> context;
    private final TradingDayListing listing;
    private final Deque<FlatFileSplit> pending;
    private final Set<Integer> waiting = new LinkedHashSet<>();
    private boolean discovered;
    private int totalFiles;
    private long totalBytes;
    private int assignedFiles;

    public FlatFileSourceEnumerator(SplitEnumeratorContext<FlatFileSplit> context, TradingDayListing listing,
            FlatFileEnumState state) {
        this.context = context;
        this.listing = listing;
        this.pending = new ArrayDeque<>(state.pending());
        this.discovered = state.discovered();
        this.totalFiles = state.totalFiles();
        this.totalBytes = state.totalBytes();
        this.assignedFiles = totalFiles - pending.size();
        MetricGroup metrics = context.metricGroup();
        metrics.gauge("filesTotal", () -> totalFiles);
        metrics.gauge("bytesTotal", () -> totalBytes);
        metrics.gauge("filesAssigned", () -> assignedFiles);
        metrics.gauge("filesPending", pending::size);
    }

    @Override
    public void start() {
        if (discovered) return;
        context.callAsync(listing::discover, (splits, error) -> {
            if (error != null) {
                throw new FlinkRuntimeException("listing flat files in " + listing.describe() + " failed: "
                        + error.getMessage(), error);
            }
            pending.addAll(splits);
            totalFiles = splits.size();
            totalBytes = splits.stream().mapToLong(FlatFileSplit::sizeBytes).sum();
            discovered = true;
            LOG.info("Flat-file listing found {} files ({} bytes) in {}", totalFiles, totalBytes, listing.describe());
            assignWaiting();
        });
    }

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
        waiting.add(subtaskId);
        assignWaiting();
    }

    @Override
    public void addSplitsBack(List<FlatFileSplit> splits, int subtaskId) {
        // Returned splits resume first, in their original order, so history stays roughly in day order.
        List<FlatFileSplit> back = new ArrayList<>(splits);
        for (int i = back.size() - 1; i >= 0; i--) pending.addFirst(back.get(i));
        assignedFiles -= back.size();
    }

    @Override
    public void addReader(int subtaskId) {
        // Pull-based: a reader asks for work with a split request.
    }

    @Override
    public FlatFileEnumState snapshotState(long checkpointId) {
        return new FlatFileEnumState(new ArrayList<>(pending), discovered, totalFiles, totalBytes);
    }

    @Override
    public void close() {}

    private void assignWaiting() {
        Iterator<Integer> it = waiting.iterator();
        while (it.hasNext()) {
            int subtask = it.next();
            if (!context.registeredReaders().containsKey(subtask)) {
                it.remove();
                continue;
            }
            if (!pending.isEmpty()) {
                context.assignSplit(pending.poll(), subtask);
                assignedFiles++;
                it.remove();
            } else if (discovered) {
                context.signalNoMoreSplits(subtask);
                it.remove();
            } else {
                return; // keep waiting for the listing
            }
        }
    }
}
