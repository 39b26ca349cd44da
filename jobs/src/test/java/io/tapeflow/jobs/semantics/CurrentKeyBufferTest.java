package io.tapeflow.jobs.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The BATCH buffer hands the sequencer what the keyed-state buffer would: the same events per release, in arrival order
 * within a millisecond, and the same smallest held millisecond, whatever the arrival order; and it forgets a ticker
 * when the next one starts.
 */
class CurrentKeyBufferTest {

    @Property(tries = 200)
    void releasesWhatAMillisecondMapWouldRelease(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int events,
            @ForAll @IntRange(min = 0, max = 100) int disorderPercent) {
        // Given a map by millisecond (the keyed-state buffer's model) and the list buffer, fed the same calls
        Random random = new Random(seed);
        CurrentKeyBuffer buffer = new CurrentKeyBuffer();
        buffer.progress("AAPL");
        TreeMap<Long, List<TickerEvent>> model = new TreeMap<>();
        long clock = 1_000;
        for (int i = 0; i < events; i++) {
            // When events arrive mostly in time order (some behind, some at the same ms) with releases in between
            clock += random.nextInt(4);
            long ms = random.nextInt(100) < disorderPercent ? clock - random.nextInt(50) : clock;
            TickerEvent e = event(ms, i);
            buffer.add(ms, e);
            model.computeIfAbsent(ms, k -> new ArrayList<>()).add(e);
            if (random.nextInt(20) == 0) {
                long target = clock - random.nextInt(30);
                List<TickerEvent> ready = new ArrayList<>();
                long min = buffer.drainThrough(target, ready);

                // Then
                assertThat(byMillisecond(ready)).isEqualTo(drain(model, target));
                assertThat(min).isEqualTo(model.isEmpty() ? Long.MAX_VALUE : model.firstKey());
            }
        }
        List<TickerEvent> rest = new ArrayList<>();
        assertThat(buffer.drainThrough(Long.MAX_VALUE, rest)).isEqualTo(Long.MAX_VALUE);
        assertThat(byMillisecond(rest)).isEqualTo(drain(model, Long.MAX_VALUE));
    }

    @Example
    void theNextTickerStartsWithFreshProgressAndNothingHeld() {
        // Given a ticker with progress and a held event
        CurrentKeyBuffer buffer = new CurrentKeyBuffer();
        SequencerState aapl = buffer.progress("AAPL");
        aapl.maxSeenMs = 5;
        buffer.saveProgress(aapl);
        buffer.add(5, event(5, 1));

        // When the same ticker comes back, and then the next one starts
        SequencerState again = buffer.progress(new String("AAPL".toCharArray()));
        SequencerState msft = buffer.progress("MSFT");

        // Then
        assertThat(again).isSameAs(aapl);
        assertThat(msft.maxSeenMs).isEqualTo(Long.MIN_VALUE);
        List<TickerEvent> ready = new ArrayList<>();
        assertThat(buffer.drainThrough(Long.MAX_VALUE, ready)).isEqualTo(Long.MAX_VALUE);
        assertThat(ready).isEmpty();
    }

    private static TickerEvent event(long ms, int n) {
        return TickerEvent.news("AAPL", "n" + n, ms);
    }

    /** The release as the sequencer sees it before its sort: stable by millisecond (arrival order within one). */
    private static List<TickerEvent> byMillisecond(List<TickerEvent> ready) {
        List<TickerEvent> sorted = new ArrayList<>(ready);
        sorted.sort(Comparator.comparingLong(TickerEvent::eventTimeMillis));
        return sorted;
    }

    private static List<TickerEvent> drain(TreeMap<Long, List<TickerEvent>> model, long target) {
        List<TickerEvent> out = new ArrayList<>();
        Map<Long, List<TickerEvent>> head = model.headMap(target, true);
        head.values().forEach(out::addAll);
        head.clear();
        return out;
    }
}
