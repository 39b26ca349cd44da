package io.tapeflow.jobs.operators.halt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import java.util.List;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

/** News published from 60 min before to 5 min after a halt's start joins it, in event time. */
class NewsJoinTest extends HaltDetectorTestBase {

    @Test
    void newsBeforeTheStartIsInTheFirstRevisionAndNewsAfterItAddsARevision() throws Exception {
        List<TickerEvent> e = events(opening(), m.news("09:59:00", "too-early"), m.news("10:01:00", "before"),
                m.quote("11:00:00", 0, 0, 21), m.news("11:04:59", "after"), m.news("11:05:01", "too-late"));

        List<Halt> out = run(e, "12:00:00");

        assertThat(out).hasSize(2);
        assertThat(out.get(0).newsIds).containsExactly("before");
        assertThat(out.get(1).newsIds).containsExactly("after", "before");
        assertThat(out.get(1).revision).isEqualTo(1);
    }

    @Test
    void lateNewsInTheSpanStillUpdatesTheRecord() throws Exception {
        // Given a halt whose ticker's clock has moved an hour past it
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h = Harnesses.open(new HaltDetector(opts()));
        Harnesses.feed(h, opening(), m.quote("11:00:00", 0, 0, 21), m.trade("11:05:00", 10, 100, 28),
                m.trade("12:00:00", 10, 100));
        h.processWatermark(m.ms("12:00:00"));
        int before = h.extractOutputValues().size();

        // When news published at 10:30 arrives now
        Harnesses.feed(h, m.news("10:30:00", "late"));

        // Then the halt gets one more revision carrying it
        List<Halt> out = h.extractOutputValues();
        assertThat(out).hasSize(before + 1);
        Halt last = out.get(out.size() - 1);
        assertThat(last.newsIds).containsExactly("late");
        assertThat(last.status).isEqualTo("RESUMED");
        h.close();
    }

    @Test
    void newsArrivingBeforeTheMarketDoesNotMakeTheTickersEventsLate() throws Exception {
        // a backfill may load the day's news before the trades and quotes
        List<TickerEvent> e = events(m.news("11:03:00", "ahead"), opening(), m.quote("11:00:00", 0, 0, 21));

        List<Halt> out = run(e, "12:00:00");

        assertThat(only(out).type).isEqualTo("NEWS");
        assertThat(only(out).newsIds).containsExactly("ahead");
    }

    @Test
    void theSameNewsTwiceAddsNothing() throws Exception {
        List<TickerEvent> e = events(opening(), m.news("10:30:00", "n1"), m.quote("11:00:00", 0, 0, 21),
                m.news("10:30:00", "n1"));

        List<Halt> out = run(e, "12:00:00");

        assertThat(out).hasSize(1);
        assertThat(out.get(0).newsIds).containsExactly("n1");
    }
}
