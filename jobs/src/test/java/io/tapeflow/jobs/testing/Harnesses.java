package io.tapeflow.jobs.testing;

import io.tapeflow.jobs.semantics.TickerEvent;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Keyed operator harnesses for the ticker-keyed functions, fed with {@link TickerEvent}s. */
public final class Harnesses {
    private Harnesses() {}

    public static <O> KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, O> open(
            KeyedProcessFunction<String, TickerEvent, O> fn) throws Exception {
        return open(fn, null);
    }

    public static <O> KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, O> open(
            KeyedProcessFunction<String, TickerEvent, O> fn, OperatorSubtaskState restore) throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, O> h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(fn), e -> e.ticker, Types.STRING);
        if (restore != null) h.initializeState(restore);
        h.open();
        return h;
    }

    public static <O> void feed(KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, O> h,
            List<TickerEvent> events) throws Exception {
        for (TickerEvent e : events) h.processElement(new StreamRecord<>(e, e.eventTimeMillis()));
    }

    public static <O> void feed(KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, O> h,
            TickerEvent... events) throws Exception {
        feed(h, List.of(events));
    }
}
