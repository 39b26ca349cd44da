package io.tapeflow.sources.polygon.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tapeflow.sources.model.Reject;

import org.junit.jupiter.api.Test;

/** Per-element isolation, quirks of PROTOCOL.md section 2.9 and whole-frame failures. */
class PolygonFrameDecoderTest {
    private static final String TRADE =
            "{\"ev\":\"T\",\"sym\":\"AAPL\",\"i\":\"1\",\"x\":4,\"p\":10.5,\"s\":100,\"t\":1700000000123,\"q\":7,\"z\":3}";
    private static final String QUOTE = "{\"ev\":\"Q\",\"sym\":\"MSFT\",\"bx\":1,\"bp\":1.5,\"bs\":2,\"ax\":3,"
            + "\"ap\":1.6,\"as\":4,\"t\":1700000000124,\"q\":8,\"z\":3}";

    private final PolygonFrameDecoder decoder = new PolygonFrameDecoder("stocks:1");

    private DecodedFrame decode(String frame) {
        DecodedFrame out = new DecodedFrame();
        decoder.decode(frame, 42, out);
        return out;
    }

    @Test
    void badElementsAreRejectedWithTheirOwnRawTextWhileTheRestOfTheFrameDecodes() {
        // Given
        String unknown = "{\"ev\":\"XYZ\",\"sym\":\"AAPL\"}";
        String badPrice = "{\"ev\":\"T\",\"sym\":\"AAPL\",\"p\":\"ten\",\"s\":1,\"t\":1700000000000}";
        String frame = "[" + TRADE + "," + unknown + ", 42 ," + badPrice + "," + QUOTE + "]";

        // When
        DecodedFrame out = decode(frame);

        // Then
        assertThat(out.events).extracting(e -> e.ticker()).containsExactly("AAPL", "MSFT");
        assertThat(out.rejects).extracting(r -> r.location).containsExactly(
                "ws:stocks:1 frame 42 element 1", "ws:stocks:1 frame 42 element 2", "ws:stocks:1 frame 42 element 3");
        assertThat(out.rejects).extracting(r -> r.raw).containsExactly(unknown, "42", badPrice);
        assertThat(out.rejects).extracting(r -> r.reason).containsExactly("unknown event type 'XYZ'",
                "element is not a JSON object", "field 'p' must be a number");
        assertThat(out.rejects.get(2).eventTimeMs).isEqualTo(1700000000000L);
        assertThat(out.rejects).allSatisfy(r -> assertThat(r.origin).isEqualTo("ws"));
    }

    @Test
    void aFrameThatIsNotJsonIsOneRejectWithTheWholeFrameAndNoEvents() {
        // Given: a valid first element, then the JSON breaks
        String frame = "[" + TRADE + ",{\"ev\":\"T\",\"sym\":";

        // When
        DecodedFrame out = decode(frame);

        // Then
        assertThat(out.events).isEmpty();
        assertThat(out.rejects).singleElement().satisfies(r -> {
            assertThat(r.raw).isEqualTo(frame);
            assertThat(r.location).isEqualTo("ws:stocks:1 frame 42");
            assertThat(r.reason).startsWith("malformed JSON");
        });
    }

    @Test
    void aFrameThatIsAnObjectRatherThanAnArrayIsRejected() {
        // When
        DecodedFrame out = decode(TRADE);

        // Then
        assertThat(out.events).isEmpty();
        assertThat(out.rejects).extracting(r -> r.reason).containsExactly("frame is not a JSON array");
    }

    @Test
    void trailingContentAfterTheArrayRejectsTheFrame() {
        assertThat(decode("[" + TRADE + "] x").rejects).hasSize(1);
        assertThat(decode("[" + TRADE + "] x").events).isEmpty();
    }

    @Test
    void fractionalDecimalSizesArePreferredOverWholeShareFields() {
        // Given
        String trade = "[{\"ev\":\"T\",\"sym\":\"A\",\"p\":1,\"s\":0,\"ds\":\"0.25\",\"t\":1700000000000}]";
        String bar = "[{\"ev\":\"AM\",\"sym\":\"A\",\"v\":1,\"dv\":\"1.5\",\"av\":2,\"dav\":\"2.75\",\"o\":1,\"h\":1,"
                + "\"l\":1,\"c\":1,\"s\":1700000000000,\"e\":1700000060000,\"otc\":true}]";

        // When
        DecodedFrame t = decode(trade);
        DecodedFrame a = decode(bar);

        // Then
        assertThat(t.events.get(0).trade.size).isEqualTo(0.25);
        assertThat(a.events.get(0).aggregate.volume).isEqualTo(1.5);
        assertThat(a.events.get(0).aggregate.dayVolume).isEqualTo(2.75);
        assertThat(a.events.get(0).aggregate.otc).isTrue();
    }

    @Test
    void aDecimalSizeThatIsNotAPlainDecimalIsRejected() {
        String trade = "[{\"ev\":\"T\",\"sym\":\"A\",\"p\":1,\"s\":1,\"ds\":\"NaN\",\"t\":1700000000000}]";
        assertThat(decode(trade).rejects).extracting(r -> r.reason).containsExactly("field 'ds' must be a decimal string");
    }

    @Test
    void trfAndParticipantMillisecondsAreScaledToNanoseconds() {
        // Given
        String frame = "[{\"ev\":\"T\",\"sym\":\"A\",\"x\":4,\"p\":1,\"s\":1,\"t\":1700000000999,\"pt\":1700000000998,"
                + "\"trfi\":202,\"trft\":1700000000997,\"q\":1,\"z\":1}]";

        // When
        var t = decode(frame).events.get(0).trade;

        // Then
        assertThat(t.sipTs).isEqualTo(1_700_000_000_999_000_000L);
        assertThat(t.participantTs).isEqualTo(1_700_000_000_998_000_000L);
        assertThat(t.trfTs).isEqualTo(1_700_000_000_997_000_000L);
        assertThat(t.trfId).isEqualTo(202);
    }

    @Test
    void aQuoteWithoutConditionGetsAnEmptyConditionArray() {
        assertThat(decode("[" + QUOTE + "]").events.get(0).quote.conditions).isEmpty();
        assertThat(decode("[" + QUOTE + "]").events.get(0).quote.indicators).isEmpty();
    }

    @Test
    void fieldOrderDoesNotMatterAndUnknownFieldsAreIgnored() {
        // Given: ev last, plus fields tapeflow does not know (objects, arrays, nulls)
        String frame = "[{\"sym\":\"A\",\"extra\":{\"n\":[1,{\"x\":2}]},\"p\":2,\"s\":3,\"t\":1700000000000,"
                + "\"c\":null,\"ev\":\"T\"}]";

        // When
        DecodedFrame out = decode(frame);

        // Then
        assertThat(out.rejects).isEmpty();
        assertThat(out.events.get(0).trade.price).isEqualTo(2d);
        assertThat(out.events.get(0).trade.conditions).isEmpty();
    }

    @Test
    void timestampsThatOverflowNanosecondsOrAreNegativeAreRejected() {
        // Given
        String overflow = "[{\"ev\":\"T\",\"sym\":\"A\",\"p\":1,\"s\":1,\"t\":9223372036854775}]";
        String negative = "[{\"ev\":\"T\",\"sym\":\"A\",\"p\":1,\"s\":1,\"t\":-5}]";
        String huge = "[{\"ev\":\"LULD\",\"T\":\"A\",\"h\":1,\"l\":1,\"t\":99999999999999999999999}]";

        // Then
        assertThat(decode(overflow).rejects).extracting(r -> r.reason)
                .containsExactly("field 't' must be a millisecond timestamp in range");
        assertThat(decode(negative).rejects).extracting(r -> r.reason)
                .containsExactly("field 't' must be a non-negative timestamp");
        assertThat(decode(huge).rejects).extracting(r -> r.reason).containsExactly("field 't' must be an integer");
    }

    @Test
    void aTimestampWithAFractionIsNeverAcceptedAsAnInteger() {
        Reject r = decode("[{\"ev\":\"T\",\"sym\":\"A\",\"p\":1,\"s\":1,\"t\":1.7e12}]").rejects.get(0);
        assertThat(r.reason).isEqualTo("field 't' must be an integer");
    }

    @Test
    void anElementWithoutEvIsRejected() {
        assertThat(decode("[{\"sym\":\"A\"}]").rejects).extracting(r -> r.reason)
                .containsExactly("field 'ev' is missing or not a string");
    }

    @Test
    void anEmptyArrayDecodesToNothing() {
        DecodedFrame out = decode("[]");
        assertThat(out.events).isEmpty();
        assertThat(out.rejects).isEmpty();
        assertThat(out.statuses).isEmpty();
    }
}
