package io.tapeflow.sources.polygon.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RateLimitExceededException;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One authenticated GET with the resilience policies around it: retry with exponential backoff on 413/429/499/5xx
 * and I/O errors, a circuit breaker over consecutive failures, and a smooth client-side rate limiter (outermost to
 * innermost in that order). The API key travels only in the {@code Authorization} header.
 */
final class RestTransport implements Closeable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> RETRYABLE = Set.of(413, 429, 499);

    private final RestClientConfig config;
    private final String bearer;
    private final OkHttpClient http;
    private final FailsafeExecutor<RestResponse> policies;

    RestTransport(RestClientConfig config, ApiKeySupplier apiKey) {
        this.config = config;
        this.bearer = "Bearer " + apiKey.get();
        this.http = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout)
                .readTimeout(config.readTimeout)
                .retryOnConnectionFailure(false) // the retry policy decides, with backoff
                .build();
        RetryPolicy<RestResponse> retry = RetryPolicy.<RestResponse>builder()
                .handleIf((r, e) -> e != null && isTransient(e))
                .withBackoff(config.initialBackoff, config.maxBackoff, 2.0)
                .withMaxRetries(config.maxRetries)
                .build();
        CircuitBreaker<RestResponse> breaker = CircuitBreaker.<RestResponse>builder()
                .handleIf((r, e) -> e != null && isTransient(e))
                .withFailureThreshold(config.breakerFailureThreshold)
                .withDelay(config.breakerOpenFor)
                .build();
        RateLimiter<RestResponse> limiter = RateLimiter.<RestResponse>smoothBuilder(config.requestsPerSecond, Duration.ofSeconds(1))
                .withMaxWaitTime(Duration.ofMinutes(1))
                .build();
        this.policies = Failsafe.with(retry, breaker, limiter);
    }

    /** GETs {@code baseUrl + pathAndQuery}; any status that is not transient or a refusal is returned as is. */
    RestResponse get(String pathAndQuery) throws IOException {
        String where = "GET " + pathOnly(pathAndQuery);
        try {
            return policies.get(() -> attempt(pathAndQuery));
        } catch (CircuitBreakerOpenException e) {
            throw new PolygonRestException("Polygon REST circuit breaker is open after repeated failures; " + where
                    + " was not sent", 0, e);
        } catch (RateLimitExceededException e) {
            throw new PolygonRestException("client-side rate limit wait exceeded for " + where, 0, e);
        } catch (FailsafeException e) {
            Throwable c = e.getCause();
            if (c instanceof PolygonAuthException) throw (PolygonAuthException) c;
            int attempts = config.maxRetries + 1;
            if (c instanceof TransientStatusException) {
                TransientStatusException t = (TransientStatusException) c;
                throw new PolygonRestException(where + " failed after " + attempts + " attempts: HTTP " + t.status
                        + summary(t.body), t.status, c);
            }
            throw new PolygonRestException(where + " failed after " + attempts + " attempts: " + c, 0, c);
        }
    }

    private RestResponse attempt(String pathAndQuery) throws IOException {
        Request req = new Request.Builder().url(config.baseUrl + pathAndQuery)
                .header("Authorization", bearer)
                .header("Accept", "application/json")
                .get().build();
        try (Response r = http.newCall(req).execute()) {
            ResponseBody b = r.body();
            String body = b == null ? "" : b.string();
            int code = r.code();
            String where = "GET " + pathOnly(pathAndQuery);
            if (code == 401) {
                throw new PolygonAuthException("Polygon REST refused the API key (HTTP 401" + summary(body) + ") on " + where
                        + "; check POLYGON_API_KEY", 401);
            }
            if (code == 403) {
                throw new PolygonAuthException("Polygon plan is not entitled to " + where + " (HTTP 403" + summary(body)
                        + "); upgrade the plan or leave this data out", 403);
            }
            if (RETRYABLE.contains(code) || code >= 500) throw new TransientStatusException(code, body);
            return new RestResponse(code, body);
        }
    }

    private static boolean isTransient(Throwable e) {
        return e instanceof TransientStatusException || (e instanceof IOException && !(e instanceof PolygonRestException));
    }

    /** The server's {@code error}/{@code message} text, or the start of a non-JSON body. */
    static String summary(String body) {
        if (body == null || body.isBlank()) return "";
        try {
            JsonNode n = JSON.readTree(body);
            String msg = n.path("error").asText(n.path("message").asText(""));
            if (!msg.isEmpty()) return ": " + msg;
        } catch (IOException notJson) {
            // fall through to the raw text
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "..." : flat);
    }

    static String pathOnly(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "RestTransport{" + config.baseUrl + "}";
    }

    /** A status worth retrying; carries the body for the final message. */
    static final class TransientStatusException extends IOException {
        final int status;
        final String body;

        TransientStatusException(int status, String body) {
            super("HTTP " + status, null);
            this.status = status;
            this.body = body;
        }
    }

    /** Status and body of a completed exchange. */
    static final class RestResponse {
        final int status;
        final String body;

        RestResponse(int status, String body) {
            this.status = status;
            this.body = body;
        }
    }
}
