package io.tapeflow.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Trade;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.junit.jupiter.api.Test;

class CatchUpWatermarksTest {
    private static MarketEvent trade(String origin, long ms) {
        Trade t = new Trade();
        t.ticker = "AAPL";
        t.sipTs = ms * 1_000_000L;
        t.origin = origin;
        return MarketEvent.of(t);
    }

    /** Records emitted watermarks. */
    private static final class Out implements WatermarkOutput {
        final List<Long> marks = new ArrayList<>();

        @Override
        public void emitWatermark(Watermark w) {
            marks.add(w.getTimestamp());
        }

        @Override
        public void markIdle() {}

        @Override
        public void markActive() {}
    }

    @Test
    void flatFileAndRestHistoryNeverMoveTheWatermarkAndTheLiveFeedDoes() {
        // Given the catch-up generator with a 2 s bound
        LiveOnlyWatermarks gen = new LiveOnlyWatermarks(Duration.ofSeconds(2));
        Out out = new Out();

        // When history far ahead of the live feed is seen, then a live event
        gen.onEvent(trade("flatfile", 1_000_000L), 1_000_000L, out);
        gen.onEvent(trade("rest", 2_000_000L), 2_000_000L, out);
        gen.onPeriodicEmit(out);
        long afterHistory = out.marks.get(out.marks.size() - 1);
        gen.onEvent(trade("ws", 50_000L), 50_000L, out);
        gen.onPeriodicEmit(out);

        // Then only the live event moved it, by its own time minus the bound
        assertThat(afterHistory).isLessThan(0L);
        assertThat(out.marks.get(out.marks.size() - 1)).isEqualTo(50_000L - 2_000L - 1);
    }

    @Test
    void aBackfillSortsAMinuteAggregateAtTheEndOfItsWindowLikeTheSequencer() {
        // Given a flat-file minute aggregate, which knows only its start
        Aggregate a = new Aggregate();
        a.ticker = "AAPL";
        a.timeframe = Aggregate.MINUTE;
        a.startMs = 60_000L;

        // When / Then: after every trade of its minute, before the next minute's
        assertThat(Watermarks.sequencingTimeMillis(MarketEvent.of(a))).isEqualTo(119_999L);
        assertThat(Watermarks.sequencingTimeMillis(trade("flatfile", 61_000L))).isEqualTo(61_000L);
    }
}
