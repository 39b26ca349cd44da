package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.util.function.SerializableSupplier;

/** Reads the API key from an environment variable on the machine that connects; only the variable name travels. */
final class EnvironmentApiKey implements SerializableSupplier<String> {
    private static final long serialVersionUID = 1L;

    private final String variable;

    EnvironmentApiKey(String variable) {
        this.variable = variable;
    }

    @Override
    public String get() {
        return System.getenv(variable);
    }

    @Override
    public String toString() {
        return "env:" + variable;
    }
}
