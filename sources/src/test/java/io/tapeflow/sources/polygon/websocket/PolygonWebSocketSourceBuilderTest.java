package io.tapeflow.sources.polygon.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.model.MarketEvent;

import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.types.PojoTestUtils;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

/** Builder validation (one clear line per mistake), option keys, and that the key never lands in the source. */
class PolygonWebSocketSourceBuilderTest {
    @TempDir
    Path dir;

    @Test
    void aValidBuildIsUnboundedAndCarriesTheOptions() {
        // When
        PolygonWebSocketSource source = PolygonWebSocketSource.builder().setUrl("ws://127.0.0.1:9/stocks")
                .setTickers("aapl", "MSFT").setChannels("T", "AM").setTickersPerConnection(10)
                .setReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(2)).build();

        // Then
        assertThat(source.getBoundedness()).isEqualTo(Boundedness.CONTINUOUS_UNBOUNDED);
        Configuration c = source.configuration();
        assertThat(c.get(PolygonWebSocketOptions.TICKERS)).containsExactly("AAPL", "MSFT");
        assertThat(c.get(PolygonWebSocketOptions.CHANNELS)).containsExactly("T", "AM");
        assertThat(c.toMap()).containsEntry("polygon.ws.tickers-per-connection", "10")
                .containsEntry("polygon.ws.reconnect.max-backoff", "2 s");
        assertThat(source.cluster()).isEqualTo("stocks");
    }

    @Test
    void theApiKeyIsNeitherInTheConfigurationNorInToStringNorInTheSerializedSource() throws Exception {
        // Given: the default reads POLYGON_API_KEY on the TaskManager; only the variable name is kept
        PolygonWebSocketSource source = PolygonWebSocketSource.builder().setTickers("AAPL")
                .setApiKeyFromEnvironment("TAPEFLOW_TEST_SECRET_VAR").build();

        // When
        byte[] bytes = InstantiationUtil.serializeObject(source);

        // Then
        assertThat(source.toString()).doesNotContain("TAPEFLOW_TEST_SECRET_VAR").doesNotContainIgnoringCase("key");
        assertThat(source.configuration().toMap().toString()).doesNotContainIgnoringCase("key");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("TAPEFLOW_TEST_SECRET_VAR");
    }

    @Test
    void eachMistakeIsReportedByItsOptionKey() {
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().build())
                .hasMessage("polygon.ws.tickers: set the tickers to subscribe (or polygon.ws.tickers-file)");
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().setTickers("A").setUrl("http://x/stocks").build())
                .hasMessage("polygon.ws.url: must start with ws:// or wss:// (got http://x/stocks)");
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().setTickers("A").setChannels("T", "X").build())
                .hasMessage("polygon.ws.channels: unknown channel 'X' (known: T, Q, A, AM, LULD)");
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().setTickers("A")
                .setTickersFile(dir.resolve("t.txt")).build())
                .hasMessage("polygon.ws.tickers: set either tickers or a tickers file, not both");
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().setTickersFile(dir.resolve("missing.txt")).build())
                .hasMessageStartingWith("polygon.ws.tickers-file: cannot read ");
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().setTickers("A\"B").build())
                .hasMessage("polygon.ws.tickers: invalid ticker 'A\"B'");
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().setTickers("A")
                .setReconnectBackoff(Duration.ofSeconds(5), Duration.ofSeconds(1)).build())
                .hasMessage("polygon.ws.reconnect.max-backoff: must be >= polygon.ws.reconnect.initial-backoff");
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().setTickers("A").setReconnectJitter(1.5).build())
                .hasMessage("polygon.ws.reconnect.jitter: must be in [0, 1)");
        assertThatThrownBy(() -> PolygonWebSocketSource.builder().setTickers("A").setPingInterval(Duration.ZERO).build())
                .hasMessage("polygon.ws.ping-interval: must be > 0 (got PT0S)");
    }

    @Test
    void optionsCanComeFromAFlinkConfiguration() {
        // Given
        Configuration job = new Configuration();
        job.setString("polygon.ws.tickers", "AAPL;MSFT");
        job.setString("polygon.ws.reconnect.max-backoff", "45 s");

        // When
        PolygonWebSocketSource source = PolygonWebSocketSource.builder().setConfiguration(job).build();

        // Then
        assertThat(source.configuration().get(PolygonWebSocketOptions.RECONNECT_MAX_BACKOFF))
                .isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void theOutputTypeIsAPojoWithoutKryo() {
        PojoTestUtils.assertSerializedAsPojoWithoutKryo(MarketEvent.class);
    }
}
