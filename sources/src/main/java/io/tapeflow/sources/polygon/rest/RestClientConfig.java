package io.tapeflow.sources.polygon.rest;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.configuration.Configuration;

/**
 * Immutable settings of the REST client: base URL, timeouts, retry backoff, circuit breaker and client-side rate
 * limit. Defaults mirror the official Python client (3 retries, 10 s timeouts) and Massive's ~100 req/s guidance.
 */
public final class RestClientConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String baseUrl;
    public final Duration connectTimeout;
    public final Duration readTimeout;
    public final int maxRetries;
    public final Duration initialBackoff;
    public final Duration maxBackoff;
    public final int breakerFailureThreshold;
    public final Duration breakerOpenFor;
    public final int requestsPerSecond;

    private RestClientConfig(Builder b) {
        this.baseUrl = stripSlash(Objects.requireNonNull(b.baseUrl, "baseUrl"));
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.breakerFailureThreshold = b.breakerFailureThreshold;
        this.breakerOpenFor = b.breakerOpenFor;
        this.requestsPerSecond = b.requestsPerSecond;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the {@link PolygonRestOptions} keys. */
    public static RestClientConfig fromConfiguration(Configuration c) {
        return builder().baseUrl(c.get(PolygonRestOptions.BASE_URL))
                .connectTimeout(c.get(PolygonRestOptions.CONNECT_TIMEOUT))
                .readTimeout(c.get(PolygonRestOptions.READ_TIMEOUT))
                .maxRetries(c.get(PolygonRestOptions.MAX_RETRIES))
                .backoff(c.get(PolygonRestOptions.INITIAL_BACKOFF), c.get(PolygonRestOptions.MAX_BACKOFF))
                .circuitBreaker(c.get(PolygonRestOptions.BREAKER_FAILURE_THRESHOLD), c.get(PolygonRestOptions.BREAKER_OPEN_FOR))
                .requestsPerSecond(c.get(PolygonRestOptions.REQUESTS_PER_SECOND))
                .build();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "RestClientConfig{" + baseUrl + ", retries=" + maxRetries + ", " + requestsPerSecond + " req/s}";
    }

    /** Builder with the defaults above. */
    public static final class Builder {
        private String baseUrl = PolygonRestOptions.BASE_URL.defaultValue();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(10);
        private int maxRetries = 3;
        private Duration initialBackoff = Duration.ofMillis(100);
        private Duration maxBackoff = Duration.ofSeconds(10);
        private int breakerFailureThreshold = 10;
        private Duration breakerOpenFor = Duration.ofSeconds(30);
        private int requestsPerSecond = 50;

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        public Builder readTimeout(Duration d) {
            this.readTimeout = d;
            return this;
        }

        public Builder maxRetries(int n) {
            this.maxRetries = n;
            return this;
        }

        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = initial;
            this.maxBackoff = max;
            return this;
        }

        /** Opens after {@code failures} consecutive failed attempts and stays open for {@code openFor}. */
        public Builder circuitBreaker(int failures, Duration openFor) {
            this.breakerFailureThreshold = failures;
            this.breakerOpenFor = openFor;
            return this;
        }

        public Builder requestsPerSecond(int n) {
            this.requestsPerSecond = n;
            return this;
        }

        public RestClientConfig build() {
            if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
            if (requestsPerSecond <= 0) throw new IllegalArgumentException("requestsPerSecond must be > 0, was " + requestsPerSecond);
            if (breakerFailureThreshold <= 0) throw new IllegalArgumentException("circuit breaker threshold must be > 0");
            if (initialBackoff.compareTo(maxBackoff) > 0) throw new IllegalArgumentException("initial backoff exceeds max backoff");
            return new RestClientConfig(this);
        }
    }
}
