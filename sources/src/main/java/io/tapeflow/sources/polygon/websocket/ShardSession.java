package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.polygon.codec.StatusMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Polygon session protocol of one shard: the {@code auth} message sent when a socket opens, and what each status
 * message from the server means: live, a fatal misconfiguration, or a loss to reconnect from.
 */
final class ShardSession {
    // Logs under ShardConnection, the component operators know, so the lines read as before the split.
    private static final Logger LOG = LoggerFactory.getLogger(ShardConnection.class);

    /** What the connection does about a status. */
    interface Listener {
        /** {@code auth_success}: the session is live and may subscribe. */
        void authenticated();

        /** The server ended or refused the session; reconnect after {@code fixedDelayMs}, or the backoff if 0. */
        void lost(String reason, String detail, long fixedDelayMs);
    }

    private final String feed;
    private final ShardSettings settings;
    private final WebSocketSplitMetrics metrics;
    private final Listener listener;

    ShardSession(String feed, ShardSettings settings, WebSocketSplitMetrics metrics, Listener listener) {
        this.feed = feed;
        this.settings = settings;
        this.metrics = metrics;
        this.listener = listener;
    }

    /** The {@code auth} message; the key is read only here, and a missing key fails with one clear line. */
    String authMessage() {
        String key = settings.apiKey.get();
        if (key == null || key.isBlank()) {
            throw new PolygonWebSocketException("No Polygon API key: set POLYGON_API_KEY for the WebSocket source");
        }
        return "{\"action\":\"auth\",\"params\":\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    void onStatus(StatusMessage status) {
        switch (status.status()) {
            case StatusMessage.AUTH_SUCCESS:
                listener.authenticated();
                break;
            case StatusMessage.AUTH_FAILED:
                throw new PolygonWebSocketException("Polygon WebSocket " + settings.url + " refused the API key ("
                        + status + "); check POLYGON_API_KEY and the plan's entitlements");
            case StatusMessage.MAX_CONNECTIONS:
                metrics.maxConnections.inc();
                LOG.error("Polygon WebSocket {}: max_connections ({}) - another client uses this account's "
                        + "connection; retrying only every {}", feed, status.message(), settings.maxConnectionsBackoff);
                listener.lost("max_connections", status.message(), settings.maxConnectionsBackoff.toMillis());
                break;
            case StatusMessage.SLOW_CONSUMER:
                metrics.slowConsumers.inc();
                LOG.warn("Polygon WebSocket {}: slow_consumer ({}), the server dropped us; reconnecting", feed,
                        status.message());
                listener.lost("slow_consumer", status.message(), 0);
                break;
            case StatusMessage.FORCE_DISCONNECT:
            case StatusMessage.AUTH_TIMEOUT:
                listener.lost(status.status(), status.message(), 0);
                break;
            case StatusMessage.CONNECTED:
            case StatusMessage.SUCCESS:
                LOG.debug("Polygon WebSocket {}: {}", feed, status);
                break;
            default:
                LOG.warn("Polygon WebSocket {}: status {}", feed, status);
        }
    }
}
