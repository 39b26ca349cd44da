package io.tapeflow.jobs.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Aggregate;
import io.tapeflow.sources.model.Origin;
import io.tapeflow.sources.model.Quote;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** The coded string fields give back any value, known or not, and spend one byte on the known ones. */
class KnownStringsTest {

    @Property(tries = 300)
    void anyValueOfACodedFieldSurvivesTheRoundTrip(@ForAll("values") String value) throws IOException {
        // Given
        DataOutputSerializer out = new DataOutputSerializer(16);

        // When
        KnownStrings.writeOrigin(value, out);
        KnownStrings.writeSizeUnit(value, out);
        KnownStrings.writeTimeframe(value, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());

        // Then
        assertThat(KnownStrings.readOrigin(in)).isEqualTo(value);
        assertThat(KnownStrings.readSizeUnit(in)).isEqualTo(value);
        assertThat(KnownStrings.readTimeframe(in)).isEqualTo(value);
        assertThat(in.available()).as("bytes left").isZero();
    }

    @Example
    void theValuesTheSourcesSetAreOneByteEach() throws IOException {
        // Given
        DataOutputSerializer out = new DataOutputSerializer(16);

        // When
        for (Origin o : Origin.values()) KnownStrings.writeOrigin(o.value(), out);
        KnownStrings.writeSizeUnit(Quote.SHARES, out);
        KnownStrings.writeSizeUnit(Quote.ROUND_LOTS, out);
        KnownStrings.writeTimeframe(Aggregate.MINUTE, out);
        KnownStrings.writeTimeframe(Aggregate.SECOND, out);
        KnownStrings.writeTimeframe(Aggregate.DAY, out);

        // Then
        assertThat(out.length()).isEqualTo(Origin.values().length + 5);
    }

    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> known = Arbitraries.oneOf(Arbitraries.of(Origin.class).map(Origin::value),
                Arbitraries.of(Quote.SHARES, Quote.ROUND_LOTS, Aggregate.MINUTE, Aggregate.SECOND, Aggregate.DAY));
        return Arbitraries.oneOf(known, Arbitraries.strings().ofMaxLength(12), Arbitraries.of("WS", "", "Shares"))
                .injectNull(0.1);
    }
}
