package io.tapeflow.sources.polygon.client;

import java.io.Serializable;
import java.time.Duration;

/** Creates the client on the TaskManager (clients hold threads and sockets, so they are never serialized). */
@FunctionalInterface
public interface PolygonWebSocketClientFactory extends Serializable {
    PolygonWebSocketClient create(Duration pingInterval, Duration connectTimeout);

    /** The OkHttp client, the production default. */
    static PolygonWebSocketClientFactory okHttp() {
        return OkHttpPolygonWebSocketClient::new;
    }
}
