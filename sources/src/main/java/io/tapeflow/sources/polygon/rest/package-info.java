/**
 * The Polygon/Massive REST API: {@link io.tapeflow.sources.polygon.rest.PolygonRestClient} (one method per endpoint,
 * one page per call) with its OkHttp implementation, and the FLIP-27 sources built on it ({@code aggs}, {@code news}).
 *
 * <p>Auth is the {@code Authorization: Bearer} header only; {@code next_url} is reduced to path and query and sent to
 * the configured base URL. Retries (413/429/499/5xx, I/O), a circuit breaker and a rate limiter wrap every attempt;
 * the rate limit is per client instance, i.e. per source subtask. 401/403 throw
 * {@link io.tapeflow.sources.polygon.rest.PolygonAuthException}; unusable bodies and items come back as rejects.
 */
package io.tapeflow.sources.polygon.rest;
