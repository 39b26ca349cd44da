package io.tapeflow.jobs.semantics;

import io.tapeflow.jobs.model.Bar;
import io.tapeflow.jobs.model.Halt;
import io.tapeflow.jobs.operators.bars.BarState;
import io.tapeflow.jobs.operators.bars.DayCurve;
import io.tapeflow.jobs.operators.bars.MinuteAcc;
import io.tapeflow.jobs.operators.bars.RvolBaseline;
import io.tapeflow.jobs.operators.bars.VolumeHistory;
import io.tapeflow.jobs.operators.halt.HaltState;
import io.tapeflow.jobs.operators.luld.BandState;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every state and record type of the semantics operators serializes as a Flink POJO, never through Kryo. */
class StateTypesArePojosTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {TickerEvent.class, SequencerState.class, HaltState.class, BandState.class,
        MinuteAcc.class, BarState.class, VolumeHistory.class, DayCurve.class, RvolBaseline.class, Bar.class, Halt.class})
    void serializesAsPojoWithoutKryo(Class<?> type) {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(type);
    }
}
