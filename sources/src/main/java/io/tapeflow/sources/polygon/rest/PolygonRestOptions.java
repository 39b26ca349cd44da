package io.tapeflow.sources.polygon.rest;

import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

/** Configuration keys of the Polygon REST client and sources (the API key comes from the environment only). */
public final class PolygonRestOptions {
    private PolygonRestOptions() {}

    public static final ConfigOption<String> BASE_URL = ConfigOptions.key("polygon.rest.base-url").stringType()
            .defaultValue("https://api.massive.com").withDescription("REST base URL; next_url pages are re-issued against it.");
    public static final ConfigOption<Duration> CONNECT_TIMEOUT = ConfigOptions.key("polygon.rest.connect-timeout")
            .durationType().defaultValue(Duration.ofSeconds(10)).withDescription("TCP/TLS connect timeout.");
    public static final ConfigOption<Duration> READ_TIMEOUT = ConfigOptions.key("polygon.rest.read-timeout")
            .durationType().defaultValue(Duration.ofSeconds(10)).withDescription("Socket read timeout.");
    public static final ConfigOption<Integer> MAX_RETRIES = ConfigOptions.key("polygon.rest.retry.max-retries").intType()
            .defaultValue(3).withDescription("Retries on 413/429/499/5xx and I/O errors, with exponential backoff.");
    public static final ConfigOption<Duration> INITIAL_BACKOFF = ConfigOptions.key("polygon.rest.retry.initial-backoff")
            .durationType().defaultValue(Duration.ofMillis(100)).withDescription("First retry delay.");
    public static final ConfigOption<Duration> MAX_BACKOFF = ConfigOptions.key("polygon.rest.retry.max-backoff")
            .durationType().defaultValue(Duration.ofSeconds(10)).withDescription("Retry delay cap.");
    public static final ConfigOption<Integer> BREAKER_FAILURE_THRESHOLD = ConfigOptions
            .key("polygon.rest.circuit-breaker.failure-threshold").intType().defaultValue(10)
            .withDescription("Consecutive failed attempts that open the circuit breaker.");
    public static final ConfigOption<Duration> BREAKER_OPEN_FOR = ConfigOptions.key("polygon.rest.circuit-breaker.open-for")
            .durationType().defaultValue(Duration.ofSeconds(30)).withDescription("How long an open breaker rejects calls.");
    public static final ConfigOption<Integer> REQUESTS_PER_SECOND = ConfigOptions.key("polygon.rest.requests-per-second")
            .intType().defaultValue(50).withDescription("Client-side rate limit per client instance (per subtask).");
}
