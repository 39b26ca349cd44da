package io.tapeflow.sinks.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents stored as BSON read back with the same fields, order and value types. */
class BsonDocumentDataTypeTest {
    private final BsonDocumentDataType type = new BsonDocumentDataType();

    @Test
    void documentsWrittenBackToBackReadBackEqualInFieldOrderAndTypes() {
        // Given a bar-like document with every common BSON type, and a second one after it in the same page
        Document bar = new Document("_id", "AAPL:1m:1710509400000")
                .append("start", 1_710_509_400_000L)
                .append("revision", 3)
                .append("close", 190.25)
                .append("halted", false)
                .append("rvol", null)
                .append("at", Instant.ofEpochMilli(1_710_509_400_123L))
                .append("oid", new ObjectId("65f4575800000000000000aa"))
                .append("tickers", new ArrayList<>(Arrays.asList("AAPL", "MSFT")))
                .append("nested", new Document("z", 1).append("a", 2.5));
        Document second = new Document("_id", 7).append("x", "y");

        // When both are written into one buffer and read back
        WriteBuffer out = new WriteBuffer();
        type.write(out, bar);
        type.write(out, second);
        ByteBuffer in = out.getBuffer();
        in.flip();
        Document first = type.read(in);
        Document next = type.read(in);

        // Then each is the same document, the field order and the Java types (int vs long vs double) kept
        assertThat(in.remaining()).isZero();
        assertThat(first).isEqualTo(bar);
        assertThat(List.copyOf(first.keySet())).containsExactlyElementsOf(bar.keySet());
        assertThat(first.get("start")).isInstanceOf(Long.class);
        assertThat(first.get("revision")).isInstanceOf(Integer.class);
        assertThat(List.copyOf(((Document) first.get("nested")).keySet())).containsExactly("z", "a");
        assertThat(next).isEqualTo(second);
    }

    @Test
    void memoryEstimateGrowsWithTheDocument() {
        Document small = new Document("_id", "a");
        Document large = new Document("_id", "a").append("text", "x".repeat(10_000));
        assertThat(type.getMemory(large)).isGreaterThan(type.getMemory(small) + 10_000);
    }
}
