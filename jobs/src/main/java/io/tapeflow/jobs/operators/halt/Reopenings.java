package io.tapeflow.jobs.operators.halt;

import static io.tapeflow.jobs.operators.halt.HaltState.NONE;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.luld.LuldBands;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import java.util.function.Consumer;

/**
 * What follows a resumption for {@link HaltMachine}: the reopen price (the first regular trade after a resume
 * signal) and the strength/weakness confirmation window that compares later trades with it.
 */
final class Reopenings {
    private static final long MS = 1_000_000L;

    private final SemanticsOptions opts;
    private final Consumer<Halt> emit;

    Reopenings(SemanticsOptions opts, Consumer<Halt> emit) {
        this.opts = opts;
        this.emit = emit;
    }

    /** A regular trade on a ticker that is not halted: the awaited reopen price, or a step of the confirmation. */
    void onRegularTrade(HaltState s, double price, long ts) {
        if (s.awaitingReopenIndex >= 0) {
            int idx = s.awaitingReopenIndex;
            s.awaitingReopenIndex = -1;
            s.halts[idx].reopenPrice = price;
            emit.accept(s.halts[idx]);
            start(s, idx, ts, price);
        } else if (s.confirmIndex >= 0) {
            confirm(s, price);
        }
    }

    /** Opens the confirmation window of halt {@code idx} at its reopen price. */
    void start(HaltState s, int idx, long ts, double reopenPrice) {
        s.confirmIndex = idx;
        s.confirmRefE4 = LuldBands.toE4(reopenPrice);
        s.confirmDeadlineNs = ts + opts.confirmWindowMs * MS;
    }

    void onDeadline(HaltState s, long d) {
        if (s.confirmDeadlineNs != d) return;
        // window over with neither side reached: both flags stay false, nothing to revise
        s.confirmDeadlineNs = NONE;
        s.confirmIndex = -1;
    }

    /** A new halt ends any pending reopen price or confirmation. */
    static void cancel(HaltState s) {
        s.awaitingReopenIndex = -1;
        s.confirmIndex = -1;
        s.confirmDeadlineNs = NONE;
    }

    private void confirm(HaltState s, double price) {
        long p = LuldBands.toE4(price) * 10_000L;
        long ref = s.confirmRefE4;
        Halt h = s.halts[s.confirmIndex];
        if (p >= ref * (10_000L + opts.confirmThresholdBp)) h.strengthConfirmed = true;
        else if (p <= ref * (10_000L - opts.confirmThresholdBp)) h.weaknessConfirmed = true;
        else return;
        s.confirmIndex = -1;
        s.confirmDeadlineNs = NONE;
        emit.accept(h);
    }
}
