package io.tapeflow.jobs.semantics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The {@link SequencerBuffer} of STREAMING runs: events by millisecond in keyed map state and the progress in keyed
 * value state, so both are checkpointed and restored. The descriptors are in savepoints: never change them.
 */
final class KeyedStateBuffer implements SequencerBuffer {
    private final MapState<Long, TickerEvent[]> buffer;
    private final ValueState<SequencerState> progress;

    KeyedStateBuffer(RuntimeContext context) {
        buffer = context.getMapState(new MapStateDescriptor<>(EventSequencer.BUFFER_STATE, Types.LONG,
                Types.OBJECT_ARRAY(Types.POJO(TickerEvent.class))));
        progress = context.getState(new ValueStateDescriptor<>(EventSequencer.PROGRESS_STATE,
                Types.POJO(SequencerState.class)));
    }

    @Override
    public SequencerState progress(String key) throws Exception {
        SequencerState p = progress.value();
        return p != null ? p : new SequencerState();
    }

    @Override
    public void saveProgress(SequencerState p) throws Exception {
        progress.update(p);
    }

    @Override
    public void add(long ms, TickerEvent e) throws Exception {
        TickerEvent[] at = buffer.get(ms);
        buffer.put(ms, append(at, e));
    }

    @Override
    public long drainThrough(long targetMs, List<TickerEvent> ready) throws Exception {
        long newMin = Long.MAX_VALUE;
        List<Long> done = new ArrayList<>();
        for (Map.Entry<Long, TickerEvent[]> en : buffer.entries()) {
            long ms = en.getKey();
            if (ms <= targetMs) {
                done.add(ms);
                ready.addAll(Arrays.asList(en.getValue()));
            } else {
                newMin = Math.min(newMin, ms);
            }
        }
        for (Long ms : done) buffer.remove(ms);
        return newMin;
    }

    private static TickerEvent[] append(TickerEvent[] at, TickerEvent e) {
        if (at == null) return new TickerEvent[] {e};
        TickerEvent[] n = Arrays.copyOf(at, at.length + 1);
        n[at.length] = e;
        return n;
    }
}
