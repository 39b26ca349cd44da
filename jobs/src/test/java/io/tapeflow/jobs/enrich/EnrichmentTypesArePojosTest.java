package io.tapeflow.jobs.enrich;

import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.TickerDetails;
import org.apache.flink.types.PojoTestUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records and async I/O state of the enrichment operators (in-flight gaps and ticker requests are checkpointed by the
 * async operators) serialize as Flink POJOs, never through Kryo.
 */
class EnrichmentTypesArePojosTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {TickerRequest.class, GapRepairRequest.class, TickerLookup.class, Gap.class, MarketEvent.class, TickerDetails.class})
    void serializesAsPojoWithoutKryo(Class<?> type) {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(type);
    }
}
