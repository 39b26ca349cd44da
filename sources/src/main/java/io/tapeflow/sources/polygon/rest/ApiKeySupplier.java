package io.tapeflow.sources.polygon.rest;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Where the Polygon API key comes from, resolved on the JVM that builds the client, so the default never puts the key
 * into the job graph, the web UI or a toString.
 */
@FunctionalInterface
public interface ApiKeySupplier extends Supplier<String>, Serializable {
    String ENV = "POLYGON_API_KEY";

    /** {@code POLYGON_API_KEY}; a missing key fails naming the variable, never showing a value. */
    static ApiKeySupplier fromEnvironment() {
        return new ApiKeySupplier() {
            private static final long serialVersionUID = 1L;

            @Override
            public String get() {
                String key = System.getenv(ENV);
                if (key == null || key.isBlank()) throw new IllegalStateException(ENV + " is not set; the Polygon REST API needs it");
                return key.trim();
            }

            @Override
            public String toString() {
                return "ApiKeySupplier{environment}";
            }
        };
    }

    /** A fixed key, for tests and the local simulator only (it is serialized with the job). */
    static ApiKeySupplier ofStatic(String key) {
        return new ApiKeySupplier() {
            private static final long serialVersionUID = 1L;

            @Override
            public String get() {
                return key;
            }

            @Override
            public String toString() {
                return "ApiKeySupplier{static, redacted}";
            }
        };
    }
}
