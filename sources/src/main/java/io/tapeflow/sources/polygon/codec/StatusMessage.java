package io.tapeflow.sources.polygon.codec;

import java.util.Objects;

/** One WebSocket control message ({@code ev:"status"}): the {@code status} code and its human {@code message}. */
public final class StatusMessage {
    public static final String CONNECTED = "connected";
    public static final String SUCCESS = "success";
    public static final String AUTH_SUCCESS = "auth_success";
    public static final String AUTH_FAILED = "auth_failed";
    public static final String AUTH_TIMEOUT = "auth_timeout";
    public static final String AUTH_REQUIRED = "auth_required";
    public static final String ERROR = "error";
    public static final String MAX_CONNECTIONS = "max_connections";
    public static final String FORCE_DISCONNECT = "force_disconnect";
    public static final String SLOW_CONSUMER = "slow_consumer";

    private final String status;
    private final String message;

    public StatusMessage(String status, String message) {
        this.status = status;
        this.message = message;
    }

    public String status() {
        return status;
    }

    public String message() {
        return message;
    }

    /** True for the status the server sends first; the spec example says {@code success}, servers say {@code connected}. */
    public boolean isConnected() {
        return CONNECTED.equals(status) || (SUCCESS.equals(status) && message != null && message.startsWith("Connected"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusMessage && Objects.equals(status, ((StatusMessage) o).status)
                && Objects.equals(message, ((StatusMessage) o).message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, message);
    }

    @Override
    public String toString() {
        return status + ": " + message;
    }
}
