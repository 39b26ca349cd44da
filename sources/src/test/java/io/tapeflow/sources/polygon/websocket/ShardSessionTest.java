package io.tapeflow.sources.polygon.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tapeflow.sources.polygon.codec.StatusMessage;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What each server status does to a shard's session, with a recording listener in place of the connection. */
class ShardSessionTest {
    private final WebSocketSplitMetrics metrics = new WebSocketSplitMetrics(new UnregisteredMetricsGroup(), "stocks:0",
            () -> 0, () -> 0L);
    private final RecordingListener listener = new RecordingListener();

    private ShardSession session(String key) {
        Configuration config = new Configuration();
        config.set(PolygonWebSocketOptions.URL, "ws://127.0.0.1:1/stocks");
        config.set(PolygonWebSocketOptions.MAX_CONNECTIONS_BACKOFF, Duration.ofMinutes(7));
        return new ShardSession("ws:stocks:0", new ShardSettings(config, () -> key), metrics, listener);
    }

    @Test
    void authSuccessMakesTheSessionLive() {
        // When
        session("k").onStatus(new StatusMessage("auth_success", "authenticated"));

        // Then
        assertThat(listener.calls).containsExactly("authenticated");
    }

    @Test
    void forceDisconnectAndAuthTimeoutAreLossesNamedAfterTheStatus() {
        // Given
        ShardSession session = session("k");

        // When
        session.onStatus(new StatusMessage("force_disconnect", "bye"));
        session.onStatus(new StatusMessage("auth_timeout", "too slow"));

        // Then
        assertThat(listener.calls).containsExactly("lost force_disconnect/bye/0", "lost auth_timeout/too slow/0");
    }

    @Test
    void maxConnectionsIsCountedAndWaitsTheLongFixedDelay() {
        // When
        session("k").onStatus(new StatusMessage("max_connections", "Maximum number of connections exceeded."));

        // Then
        assertThat(metrics.maxConnections.getCount()).isEqualTo(1);
        assertThat(listener.calls).containsExactly(
                "lost max_connections/Maximum number of connections exceeded./" + Duration.ofMinutes(7).toMillis());
    }

    @Test
    void slowConsumerIsCountedAndReconnectsWithTheBackoff() {
        // When
        session("k").onStatus(new StatusMessage("slow_consumer", "Consumer is not keeping up."));

        // Then
        assertThat(metrics.slowConsumers.getCount()).isEqualTo(1);
        assertThat(listener.calls).containsExactly("lost slow_consumer/Consumer is not keeping up./0");
    }

    @Test
    void authFailedFailsWithOneLineThatNamesTheUrlButNotTheKey() {
        // Given
        ShardSession session = session("secret-key-42");

        // When / Then
        assertThatThrownBy(() -> session.onStatus(new StatusMessage("auth_failed", "authentication failed")))
                .isInstanceOf(PolygonWebSocketException.class)
                .hasMessage("Polygon WebSocket ws://127.0.0.1:1/stocks refused the API key (auth_failed: "
                        + "authentication failed); check POLYGON_API_KEY and the plan's entitlements")
                .message().doesNotContain("secret-key-42");
        assertThat(listener.calls).isEmpty();
    }

    @Test
    void greetingsAndUnknownStatusesChangeNothing() {
        // Given
        ShardSession session = session("k");

        // When
        session.onStatus(new StatusMessage("connected", "Connected Successfully"));
        session.onStatus(new StatusMessage("success", "subscribed to: T.AAPL"));
        session.onStatus(new StatusMessage("error", "something odd"));

        // Then
        assertThat(listener.calls).isEmpty();
    }

    @Test
    void theAuthMessageEscapesQuotesAndBackslashesOfTheKey() {
        // When
        String auth = session("a\"b\\c").authMessage();

        // Then
        assertThat(auth).isEqualTo("{\"action\":\"auth\",\"params\":\"a\\\"b\\\\c\"}");
    }

    /** Records what the session asked the connection to do. */
    private static final class RecordingListener implements ShardSession.Listener {
        final List<String> calls = new ArrayList<>();

        @Override
        public void authenticated() {
            calls.add("authenticated");
        }

        @Override
        public void lost(String reason, String detail, long fixedDelayMs) {
            calls.add("lost " + reason + "/" + detail + "/" + fixedDelayMs);
        }
    }
}
