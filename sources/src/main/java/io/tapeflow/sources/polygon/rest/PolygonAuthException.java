package io.tapeflow.sources.polygon.rest;

/** 401 (bad or missing key) or 403 (plan not entitled): never retried, fails with one clear line. */
public final class PolygonAuthException extends PolygonRestException {
    public PolygonAuthException(String message, int httpStatus) {
        super(message, httpStatus, null);
    }
}
