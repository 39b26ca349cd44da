package io.tapeflow.sources.polygon.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** Split checkpoint format: round trip, every released version readable, unknown versions refused. */
class WebSocketSplitSerializerTest {
    private final WebSocketSplitSerializer serializer = new WebSocketSplitSerializer();

    @Test
    void aSplitRoundTripsThroughTheCurrentVersion() throws IOException {
        // Given
        WebSocketSplit split = new WebSocketSplit("stocks:3", new String[] {"AAPL", "BRK.A", "*"}, 1_764_086_430_905_642_800L);

        // When
        WebSocketSplit back = serializer.deserialize(serializer.getVersion(), serializer.serialize(split));

        // Then
        assertThat(back).isEqualTo(split);
        assertThat(back.tickers()).containsExactly("AAPL", "BRK.A", "*");
        assertThat(back.index()).isEqualTo(3);
    }

    @Test
    void version1BytesWrittenByHandStillRestore() throws IOException {
        // Given: the V1 layout, written independently of the serializer
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF("stocks:0");
        out.writeInt(2);
        out.writeUTF("AAPL");
        out.writeUTF("MSFT");
        out.writeLong(42L);

        // When
        WebSocketSplit split = serializer.deserialize(1, bytes.toByteArray());

        // Then
        assertThat(split).isEqualTo(new WebSocketSplit("stocks:0", new String[] {"AAPL", "MSFT"}, 42L));
    }

    @Test
    void theCurrentVersionIsOne() {
        assertThat(serializer.getVersion()).isEqualTo(1);
    }

    @Test
    void anUnknownVersionIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> serializer.deserialize(99, new byte[0]))
                .isInstanceOf(IOException.class).hasMessageContaining("version 99");
    }
}
