package io.tapeflow.jobs.cli;

import java.net.URI;

/**
 * Resolves the Polygon API key: only from the environment ({@code POLYGON_API_KEY}), never from options, which would
 * show in the process list and the Flink web UI. A loopback URL (the simulator) accepts its documented demo key.
 */
public final class ApiKeys {
    public static final String ENV = "POLYGON_API_KEY";
    /** The key the simulator accepts by default; not a secret. */
    public static final String SIMULATOR_KEY = io.tapeflow.simulator.SimulatorBuilder.DEFAULT_TEST_KEY;

    private ApiKeys() {}

    /** The key for a host, or a one-line error naming the variable when a real host has none. */
    public static String forUrl(String url) {
        String key = System.getenv(ENV);
        if (key != null && !key.isBlank()) {
            return key.trim();
        }
        if (isLoopback(url)) {
            return SIMULATOR_KEY;
        }
        throw new TapeflowException(ENV + " is not set; it is required for " + hostOf(url));
    }

    /** True for 127.0.0.0/8, ::1 and localhost. */
    public static boolean isLoopback(String url) {
        String host = hostOf(url);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                throw new TapeflowException("not a URL: " + url);
            }
            return host;
        } catch (IllegalArgumentException e) {
            throw new TapeflowException("not a URL: " + url);
        }
    }
}
