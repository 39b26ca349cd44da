package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.util.function.SerializableSupplier;

import java.time.Duration;
import java.util.List;

/** What a reader needs to run its connections, read once from the source's configuration. */
final class ShardSettings {
    final String url;
    final List<String> channels;
    final Duration initialBackoff;
    final Duration maxBackoff;
    final double jitter;
    final int maxAttempts;
    final Duration maxConnectionsBackoff;
    final Duration pingInterval;
    final Duration connectTimeout;
    final Duration stallTimeout;
    final int queueCapacity;
    /** Epoch ns after which the source ends; 0 = never. */
    final long stopAtNs;
    /** Evaluated only when a connection authenticates; the key itself is never held in a field. */
    final SerializableSupplier<String> apiKey;

    ShardSettings(Configuration c, SerializableSupplier<String> apiKey) {
        this.url = c.get(PolygonWebSocketOptions.URL);
        this.channels = List.copyOf(c.get(PolygonWebSocketOptions.CHANNELS));
        this.initialBackoff = c.get(PolygonWebSocketOptions.RECONNECT_INITIAL_BACKOFF);
        this.maxBackoff = c.get(PolygonWebSocketOptions.RECONNECT_MAX_BACKOFF);
        this.jitter = c.get(PolygonWebSocketOptions.RECONNECT_JITTER);
        this.maxAttempts = c.get(PolygonWebSocketOptions.RECONNECT_MAX_ATTEMPTS);
        this.maxConnectionsBackoff = c.get(PolygonWebSocketOptions.MAX_CONNECTIONS_BACKOFF);
        this.pingInterval = c.get(PolygonWebSocketOptions.PING_INTERVAL);
        this.connectTimeout = c.get(PolygonWebSocketOptions.CONNECT_TIMEOUT);
        this.stallTimeout = c.get(PolygonWebSocketOptions.STALL_TIMEOUT);
        this.queueCapacity = c.get(PolygonWebSocketOptions.QUEUE_CAPACITY);
        this.stopAtNs = c.get(PolygonWebSocketOptions.STOP_AT);
        this.apiKey = apiKey;
    }
}
