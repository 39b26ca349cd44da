package io.tapeflow.sources.polygon.rest;

import java.io.IOException;

/** A REST call that could not produce data: retries exhausted, breaker open, or an auth/entitlement refusal. */
public class PolygonRestException extends IOException {
    private final int httpStatus;

    public PolygonRestException(String message, int httpStatus, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status behind the failure, or 0 when there was no response. */
    public int httpStatus() {
        return httpStatus;
    }
}
