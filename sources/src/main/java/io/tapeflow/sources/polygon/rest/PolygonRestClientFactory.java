package io.tapeflow.sources.polygon.rest;

import java.io.Serializable;

/** Builds a client on the JVM that needs it (each source reader), so only settings travel in the job graph. */
@FunctionalInterface
public interface PolygonRestClientFactory extends Serializable {

    PolygonRestClient create();

    /** The real client; the key is resolved on the TaskManager from {@code keys}. */
    static PolygonRestClientFactory okHttp(RestClientConfig config, ApiKeySupplier keys) {
        return () -> new OkHttpPolygonRestClient(config, keys);
    }
}
