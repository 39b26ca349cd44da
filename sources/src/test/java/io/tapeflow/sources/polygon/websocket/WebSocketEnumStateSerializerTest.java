package io.tapeflow.sources.polygon.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** Enumerator checkpoint format: round trip, every released version readable, unknown versions refused. */
class WebSocketEnumStateSerializerTest {
    private final WebSocketEnumStateSerializer serializer = new WebSocketEnumStateSerializer();

    @Test
    void stateRoundTripsThroughTheCurrentVersion() throws IOException {
        // Given
        WebSocketEnumState state = new WebSocketEnumState(List.of(
                new WebSocketSplit("stocks:0", new String[] {"AAPL"}, 5L),
                new WebSocketSplit("stocks:1", new String[0], 0L)), Set.of("stocks:0"));

        // When
        WebSocketEnumState back = serializer.deserialize(serializer.getVersion(), serializer.serialize(state));

        // Then
        assertThat(back).isEqualTo(state);
    }

    @Test
    void version1BytesWrittenByHandStillRestore() throws IOException {
        // Given: the V1 layout, written independently of the serializer
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(2);
        out.writeUTF("stocks:0");
        out.writeInt(1);
        out.writeUTF("AAPL");
        out.writeLong(7L);
        out.writeBoolean(true);
        out.writeUTF("stocks:1");
        out.writeInt(0);
        out.writeLong(0L);
        out.writeBoolean(false);

        // When
        WebSocketEnumState state = serializer.deserialize(1, bytes.toByteArray());

        // Then
        assertThat(state.splits()).containsExactly(new WebSocketSplit("stocks:0", new String[] {"AAPL"}, 7L),
                new WebSocketSplit("stocks:1", new String[0], 0L));
        assertThat(state.assignedSplitIds()).containsExactly("stocks:0");
    }

    @Test
    void anUnknownVersionIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> serializer.deserialize(2, new byte[0]))
                .isInstanceOf(IOException.class).hasMessageContaining("version 2");
    }
}
