package io.tapeflow.jobs.operators.halt;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.semantics.SemanticsOptions;
import io.tapeflow.jobs.semantics.TickerEvent;
import io.tapeflow.jobs.testing.Harnesses;
import io.tapeflow.jobs.testing.Market;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;

/** Invariants of the halt records over random days of quotes at and off the bands, halt signals and trades. */
class HaltMachinePropertiesTest {
    private static final int[] QUOTE_HALT_CODES = {43, 21, 27, 36, 22, 16, 0, 0, 0};
    private static final int[] LULD_CODES = {17, 18, 23, 24, 25, 26, 5, 6, 15};

    private static List<TickerEvent> randomDay(long seed) {
        Random r = new Random(seed);
        Market m = new Market("XYZ");
        List<TickerEvent> out = new ArrayList<>();
        out.add(m.trade("09:30:00", 10.00, 100, 25));
        for (long s = 9 * 3600 + 1800 + 1; s < 16 * 3600 + 600; s += 1 + r.nextInt(25)) {
            String t = LocalTime.ofSecondOfDay(s).toString();
            if (t.length() == 5) t += ":00";
            switch (r.nextInt(6)) {
                case 0: out.add(m.quote(t, 11.00, 11.02, 0)); break;
                case 1: out.add(m.quote(t, 8.98, 9.00, 0)); break;
                case 2: out.add(m.quote(t, 0, 0, QUOTE_HALT_CODES[r.nextInt(QUOTE_HALT_CODES.length)])); break;
                case 3: out.add(m.luld(t, 11.00, 9.00, LULD_CODES[r.nextInt(LULD_CODES.length)])); break;
                case 4: out.add(m.trade(t, 9.50 + r.nextInt(100) / 100.0, 100, r.nextInt(5) == 0 ? 28 : 0)); break;
                default: out.add(m.quote(t, 9.98, 10.00, 0));
            }
        }
        return out;
    }

    @Property(tries = 40)
    void haltRecordsStayConsistent(@ForAll long seed) throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, TickerEvent, Halt> h =
                Harnesses.open(new HaltDetector(new SemanticsOptions()));
        Harnesses.feed(h, randomDay(seed));
        h.processWatermark(Long.MAX_VALUE);
        List<Halt> out = new ArrayList<>(h.extractOutputValues());
        h.close();

        Map<String, Halt> previous = new LinkedHashMap<>();
        int open = 0;
        for (Halt x : out) {
            Halt p = previous.get(x.haltId);
            // revisions count 0, 1, 2 ... per halt; the id and start never change
            assertThat(x.revision).isEqualTo(p == null ? 0 : p.revision + 1);
            assertThat(x.haltId).isEqualTo("XYZ:" + x.startTs);
            if (p == null) {
                assertThat(x.status).isEqualTo("HALTED");
                assertThat(open).as("a new halt starts only when none is open").isZero();
                open++;
            } else {
                // HALTED -> RESUMED | RETRACTED, never back; OBSERVED never turns INFERRED
                if (!p.status.equals(x.status)) {
                    assertThat(p.status).isEqualTo("HALTED");
                    assertThat(x.status).isIn("RESUMED", "RETRACTED");
                    open--;
                }
                if (p.evidence.equals("OBSERVED")) assertThat(x.evidence).isEqualTo("OBSERVED");
            }
            if (!x.status.equals("HALTED")) {
                assertThat(x.endTs).isGreaterThanOrEqualTo(x.startTs);
                assertThat(x.durationMs).isEqualTo((x.endTs - x.startTs) / 1_000_000L);
            }
            if (x.status.equals("RETRACTED")) assertThat(x.evidence).isEqualTo("INFERRED");
            assertThat(x.strengthConfirmed && x.weaknessConfirmed).isFalse();
            previous.put(x.haltId, x);
        }
        assertThat(previous).as("the random day halts at least once").isNotEmpty();
        // the daily index numbers the kept halts 1..n in start order; retracted ones have 0
        List<Integer> indexes = new ArrayList<>();
        for (Halt x : previous.values()) {
            if (x.status.equals("RETRACTED")) assertThat(x.haltIndexToday).isZero();
            else indexes.add(x.haltIndexToday);
        }
        for (int i = 0; i < indexes.size(); i++) assertThat(indexes.get(i)).isEqualTo(i + 1);
        assertThat(Set.copyOf(indexes)).hasSameSizeAs(indexes);
    }
}
