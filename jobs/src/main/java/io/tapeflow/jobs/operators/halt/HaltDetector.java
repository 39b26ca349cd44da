package io.tapeflow.jobs.operators.halt;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.semantics.EventSequencer;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/**
 * Keyed by ticker: runs the {@link HaltMachine} over the ticker's trades, quotes, LULD messages and news in event-time
 * order and emits every revision of every halt. Late market events cannot rewind the machine and are only counted;
 * late news still joins (HALTS.md: "late news in that span updates the record").
 */
public class HaltDetector extends EventSequencer<Halt> {
    private static final long serialVersionUID = 1L;
    public static final String STATE_NAME = "halt-state";

    private final SemanticsOptions opts;
    private transient ValueState<HaltState> stateHandle;
    private transient HaltState current;
    private transient HaltMachine machine;
    private transient Collector<Halt> sink;
    private transient Counter lateEvents;

    public HaltDetector(SemanticsOptions opts) {
        super(opts);
        this.opts = opts;
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        super.open(openContext);
        stateHandle = getRuntimeContext().getState(new ValueStateDescriptor<>(STATE_NAME, Types.POJO(HaltState.class)));
        lateEvents = getRuntimeContext().getMetricGroup().counter("haltLateEvents");
    }

    @Override
    protected void load() throws Exception {
        current = stateHandle.value();
        if (current == null) current = new HaltState();
        machine = null;
    }

    @Override
    protected void store() throws Exception {
        stateHandle.update(current);
    }

    @Override
    protected long nextDeadlineNs() {
        return current.nextDeadlineNs();
    }

    @Override
    protected void onDeadline(long deadlineNs, Collector<Halt> out) {
        machine(out).onDeadline(current, deadlineNs);
    }

    @Override
    protected void onEvent(TickerEvent e, Collector<Halt> out) {
        machine(out).onEvent(current, e);
    }

    @Override
    protected void onLateEvent(TickerEvent e, long releasedThroughMs, Collector<Halt> out) {
        if (e.kind == TickerEvent.NEWS) {
            machine(out).onNews(current, e.newsId, e.eventTimeMillis());
        } else {
            lateEvents.inc();
        }
    }

    private HaltMachine machine(Collector<Halt> out) {
        sink = out;
        if (machine == null) {
            String ticker = currentKey();
            machine = new HaltMachine(opts, ticker != null && opts.isTier1(ticker), h -> sink.collect(h));
        }
        return machine;
    }
}
