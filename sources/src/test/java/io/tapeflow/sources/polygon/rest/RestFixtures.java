package io.tapeflow.sources.polygon.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** REST mock fixtures and a loopback MockWebServer-backed client for tests. */
public final class RestFixtures {
    public static final String KEY = "test-key-7f3a";

    private RestFixtures() {}

    /** A copied Polygon mock from {@code src/test/resources/fixtures/rest}. */
    public static String json(String name) {
        try (InputStream in = RestFixtures.class.getResourceAsStream("/fixtures/rest/" + name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MockResponse ok(String body) {
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(body);
    }

    public static MockResponse status(int code, String body) {
        return new MockResponse().setResponseCode(code).setBody(body);
    }

    public static MockWebServer loopbackServer() throws IOException {
        MockWebServer server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        return server;
    }

    /** Fast backoff so retry tests take milliseconds. */
    public static RestClientConfig.Builder config(MockWebServer server) {
        return RestClientConfig.builder().baseUrl(server.url("/").toString())
                .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(5))
                .requestsPerSecond(1000);
    }

    public static OkHttpPolygonRestClient client(MockWebServer server) {
        return new OkHttpPolygonRestClient(config(server).build(), ApiKeySupplier.ofStatic(KEY));
    }
}
