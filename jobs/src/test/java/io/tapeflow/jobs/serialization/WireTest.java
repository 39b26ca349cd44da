package io.tapeflow.jobs.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/** The shared field encodings give back exactly what was written, for any text, and keep null apart from "". */
class WireTest {

    @Property(tries = 500)
    void anyStringSurvivesTheRoundTripWhateverTheKnownString(@ForAll("texts") String s, @ForAll("texts") String known)
            throws IOException {
        // Given
        DataOutputSerializer out = new DataOutputSerializer(16);

        // When
        Wire.writeString(s, known, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        String back = Wire.readString(known, in);

        // Then
        assertThat(back).isEqualTo(s);
        assertThat(in.available()).as("bytes left").isZero();
    }

    @Property(tries = 200)
    void anyIntArraySurvivesTheRoundTrip(@ForAll("intArrays") int[] values) throws IOException {
        // Given
        DataOutputSerializer out = new DataOutputSerializer(16);

        // When
        Wire.writeInts(values, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());

        // Then
        assertThat(Wire.readInts(in)).isEqualTo(values);
        assertThat(in.available()).as("bytes left").isZero();
    }

    @Example
    void nullEmptyAndTheKnownStringAreOneByteAndDistinct() throws IOException {
        // Given / When
        byte[] nullBytes = written(null, "AAPL");
        byte[] emptyBytes = written("", "AAPL");
        byte[] knownBytes = written("AAPL", "AAPL");

        // Then
        assertThat(nullBytes).hasSize(1);
        assertThat(emptyBytes).hasSize(1);
        assertThat(knownBytes).hasSize(1);
        assertThat(nullBytes).isNotEqualTo(emptyBytes).isNotEqualTo(knownBytes);
        assertThat(emptyBytes).isNotEqualTo(knownBytes);
    }

    @Provide
    Arbitrary<String> texts() {
        // all of Unicode (lone surrogates too), ASCII tickers, the empty string, null, and long strings for the header
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().ofMinLength(100).ofMaxLength(20_000),
                Arbitraries.of("", "AAPL", "BRK.B", "é", "日本語", "😀", "\uD800"))
                .injectNull(0.1);
    }

    @Provide
    Arbitrary<int[]> intArrays() {
        return Arbitraries.integers().array(int[].class).ofMaxSize(200).injectNull(0.1);
    }

    private static byte[] written(String s, String known) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        Wire.writeString(s, known, out);
        return out.getCopyOfBuffer();
    }
}
