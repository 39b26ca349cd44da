package io.tapeflow.sources.polygon.flatfiles.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.enumerator.FlatFileEnumState;
import io.tapeflow.sources.polygon.flatfiles.enumerator.FlatFileEnumStateSerializer;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round trips and the frozen version-1 byte layouts of the split and enumerator state serializers. */
class FlatFileSplitSerializerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 4, 5);
    private static final FlatFileSplit SPLIT = new FlatFileSplit(FlatFileDataset.STOCKS_QUOTES, DAY,
            FlatFileDataset.STOCKS_QUOTES.key(DAY), 7_123_456_789L, "9b2cf535f27731c974343645a3985328-12", 42_000_017L);

    @Test
    void splitRoundTripsInTheCurrentVersion() throws IOException {
        // Given / When
        FlatFileSplitSerializer s = FlatFileSplitSerializer.INSTANCE;
        FlatFileSplit back = s.deserialize(s.getVersion(), s.serialize(SPLIT));

        // Then
        assertThat(back).isEqualTo(SPLIT);
        assertThat(back.splitId()).isEqualTo("us_stocks_sip/quotes_v1/2024/04/2024-04-05.csv.gz");
    }

    @Test
    void splitBytesWrittenByVersion1StillRestore() throws IOException {
        // Given the version-1 layout, written field by field as a released build wrote it
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("STOCKS_QUOTES");
        out.writeLong(DAY.toEpochDay());
        out.writeUTF("us_stocks_sip/quotes_v1/2024/04/2024-04-05.csv.gz");
        out.writeLong(7_123_456_789L);
        out.writeUTF("9b2cf535f27731c974343645a3985328-12");
        out.writeLong(42_000_017L);

        // When
        FlatFileSplit back = FlatFileSplitSerializer.INSTANCE.deserialize(FlatFileSplitSerializer.VERSION_1, bytes.toByteArray());

        // Then
        assertThat(back).isEqualTo(SPLIT);
        assertThat(FlatFileSplitSerializer.INSTANCE.serialize(SPLIT)).isEqualTo(bytes.toByteArray());
    }

    @Test
    void unknownSplitVersionFailsWithTheVersionInTheMessage() {
        assertThatThrownBy(() -> FlatFileSplitSerializer.INSTANCE.deserialize(99, new byte[0]))
                .hasMessageContaining("version 99");
    }

    @Test
    void enumStateRoundTripsInTheCurrentVersion() throws IOException {
        // Given
        FlatFileEnumState state = new FlatFileEnumState(List.of(SPLIT, SPLIT.withRowsConsumed(0)), true, 10, 99L);
        FlatFileEnumStateSerializer s = new FlatFileEnumStateSerializer();

        // When
        FlatFileEnumState back = s.deserialize(s.getVersion(), s.serialize(state));

        // Then
        assertThat(back.pending()).containsExactly(SPLIT, SPLIT.withRowsConsumed(0));
        assertThat(back.discovered()).isTrue();
        assertThat(back.totalFiles()).isEqualTo(10);
        assertThat(back.totalBytes()).isEqualTo(99L);
    }

    @Test
    void enumStateBytesWrittenByVersion1StillRestore() throws IOException {
        // Given the version-1 layout: discovered, totals, nested split version, count, splits
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);
        out.writeInt(3);
        out.writeLong(1234L);
        out.writeInt(1);
        out.writeInt(1);
        FlatFileSplitSerializer.write(SPLIT, out);

        // When
        FlatFileEnumState back = new FlatFileEnumStateSerializer().deserialize(FlatFileEnumStateSerializer.VERSION_1,
                bytes.toByteArray());

        // Then
        assertThat(back.pending()).containsExactly(SPLIT);
        assertThat(back.totalFiles()).isEqualTo(3);
        assertThat(back.totalBytes()).isEqualTo(1234L);
        assertThat(back.discovered()).isTrue();
    }
}
