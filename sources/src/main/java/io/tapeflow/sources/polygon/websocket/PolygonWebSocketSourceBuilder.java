package io.tapeflow.sources.polygon.websocket;

import static io.tapeflow.sources.polygon.websocket.PolygonWebSocketOptions.*;

import io.tapeflow.sources.polygon.client.PolygonWebSocketClientFactory;

import org.apache.flink.annotation.VisibleForTesting;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.util.function.SerializableSupplier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds a {@link PolygonWebSocketSource}; {@link #build()} validates everything and names the bad setting. */
public final class PolygonWebSocketSourceBuilder {
    static final Set<String> KNOWN_CHANNELS = Set.of("T", "Q", "A", "AM", "LULD");

    private final Configuration config = new Configuration();
    private SerializableSupplier<String> apiKey = new EnvironmentApiKey("POLYGON_API_KEY");
    private PolygonWebSocketClientFactory clients = PolygonWebSocketClientFactory.okHttp();

    PolygonWebSocketSourceBuilder() {}

    /** Applies every {@code polygon.ws.*} key present in {@code options} (e.g. from the job's configuration). */
    public PolygonWebSocketSourceBuilder setConfiguration(Configuration options) {
        config.addAll(options);
        return this;
    }

    /** @param url the cluster URL, e.g. {@code wss://socket.massive.com/stocks} */
    public PolygonWebSocketSourceBuilder setUrl(String url) {
        return set(URL, url);
    }

    /** @param variable environment variable holding the API key on the TaskManagers (default POLYGON_API_KEY) */
    public PolygonWebSocketSourceBuilder setApiKeyFromEnvironment(String variable) {
        this.apiKey = new EnvironmentApiKey(variable);
        return this;
    }

    /** @param supplier called on the TaskManager at each authentication; must not capture the key in a log-able form */
    public PolygonWebSocketSourceBuilder setApiKeySupplier(SerializableSupplier<String> supplier) {
        this.apiKey = supplier;
        return this;
    }

    /** @param tickers tickers to subscribe, or {@code *} for the whole market */
    public PolygonWebSocketSourceBuilder setTickers(String... tickers) {
        return setTickers(Arrays.asList(tickers));
    }

    public PolygonWebSocketSourceBuilder setTickers(Collection<String> tickers) {
        return set(TICKERS, tickers.stream().map(t -> t.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toList()));
    }

    /** @param file tickers file, re-read every {@link #setTickersFilePollInterval poll interval} while running */
    public PolygonWebSocketSourceBuilder setTickersFile(Path file) {
        return set(TICKERS_FILE, file.toAbsolutePath().toString());
    }

    public PolygonWebSocketSourceBuilder setTickersFilePollInterval(Duration interval) {
        return set(TICKERS_FILE_POLL_INTERVAL, interval);
    }

    /** @param channels any of T, Q, A, AM, LULD */
    public PolygonWebSocketSourceBuilder setChannels(String... channels) {
        return set(CHANNELS, Arrays.asList(channels));
    }

    /** @param n tickers per connection shard; 0 = one connection for all */
    public PolygonWebSocketSourceBuilder setTickersPerConnection(int n) {
        return set(TICKERS_PER_CONNECTION, n);
    }

    public PolygonWebSocketSourceBuilder setReconnectBackoff(Duration initial, Duration max) {
        set(RECONNECT_INITIAL_BACKOFF, initial);
        return set(RECONNECT_MAX_BACKOFF, max);
    }

    public PolygonWebSocketSourceBuilder setReconnectJitter(double jitter) {
        return set(RECONNECT_JITTER, jitter);
    }

    /** @param attempts consecutive failed attempts before the job fails; -1 = unlimited (default) */
    public PolygonWebSocketSourceBuilder setMaxReconnectAttempts(int attempts) {
        return set(RECONNECT_MAX_ATTEMPTS, attempts);
    }

    public PolygonWebSocketSourceBuilder setMaxConnectionsBackoff(Duration delay) {
        return set(MAX_CONNECTIONS_BACKOFF, delay);
    }

    public PolygonWebSocketSourceBuilder setPingInterval(Duration interval) {
        return set(PING_INTERVAL, interval);
    }

    public PolygonWebSocketSourceBuilder setStallTimeout(Duration timeout) {
        return set(STALL_TIMEOUT, timeout);
    }

    /**
     * @param epochNanos end the source once the feed's event time passes this instant (or the wall clock, when the
     *     instant lies ahead at start); 0 = never
     */
    public PolygonWebSocketSourceBuilder setStopAt(long epochNanos) {
        return set(STOP_AT, epochNanos);
    }

    public PolygonWebSocketSourceBuilder setQueueCapacity(int frames) {
        return set(QUEUE_CAPACITY, frames);
    }

    @VisibleForTesting
    public PolygonWebSocketSourceBuilder setClientFactory(PolygonWebSocketClientFactory factory) {
        this.clients = factory;
        return this;
    }

    public PolygonWebSocketSource build() {
        validate();
        return new PolygonWebSocketSource(new Configuration(config), apiKey, clients);
    }

    private void validate() {
        String url = config.get(URL);
        check(url.startsWith("ws://") || url.startsWith("wss://"), URL, "must start with ws:// or wss:// (got "
                + url + ")");
        boolean hasTickers = config.getOptional(TICKERS).isPresent();
        boolean hasFile = config.getOptional(TICKERS_FILE).isPresent();
        check(hasTickers ^ hasFile, TICKERS, hasTickers ? "set either tickers or a tickers file, not both"
                : "set the tickers to subscribe (or polygon.ws.tickers-file)");
        if (hasTickers) {
            check(!config.get(TICKERS).isEmpty(), TICKERS, "must name at least one ticker (or *)");
            config.get(TICKERS).forEach(t -> check(TickersFile.isValid(t), TICKERS, "invalid ticker '" + t + "'"));
        }
        if (hasFile) {
            Path file = Path.of(config.get(TICKERS_FILE));
            check(Files.isReadable(file), TICKERS_FILE, "cannot read " + file);
        }
        List<String> channels = config.get(CHANNELS);
        check(!channels.isEmpty(), CHANNELS, "must name at least one channel");
        channels.forEach(c -> check(KNOWN_CHANNELS.contains(c), CHANNELS, "unknown channel '" + c
                + "' (known: T, Q, A, AM, LULD)"));
        check(config.get(TICKERS_PER_CONNECTION) >= 0, TICKERS_PER_CONNECTION, "must be >= 0");
        positive(RECONNECT_INITIAL_BACKOFF);
        positive(RECONNECT_MAX_BACKOFF);
        positive(MAX_CONNECTIONS_BACKOFF);
        positive(PING_INTERVAL);
        positive(CONNECT_TIMEOUT);
        positive(TICKERS_FILE_POLL_INTERVAL);
        check(!config.get(STALL_TIMEOUT).isNegative(), STALL_TIMEOUT, "must be >= 0");
        check(config.get(RECONNECT_MAX_BACKOFF).compareTo(config.get(RECONNECT_INITIAL_BACKOFF)) >= 0,
                RECONNECT_MAX_BACKOFF, "must be >= polygon.ws.reconnect.initial-backoff");
        double jitter = config.get(RECONNECT_JITTER);
        check(jitter >= 0 && jitter < 1, RECONNECT_JITTER, "must be in [0, 1)");
        check(config.get(RECONNECT_MAX_ATTEMPTS) >= -1, RECONNECT_MAX_ATTEMPTS, "must be -1 (unlimited) or >= 0");
        check(config.get(QUEUE_CAPACITY) > 0, QUEUE_CAPACITY, "must be > 0");
        check(config.get(STOP_AT) >= 0, STOP_AT, "must be >= 0 (0 = never)");
        check(apiKey != null, URL, "needs an API key supplier");
    }

    private void positive(ConfigOption<Duration> option) {
        Duration d = config.get(option);
        check(!d.isNegative() && !d.isZero(), option, "must be > 0 (got " + d + ")");
    }

    private static void check(boolean ok, ConfigOption<?> option, String problem) {
        if (!ok) throw new IllegalArgumentException(option.key() + ": " + problem);
    }

    private <T> PolygonWebSocketSourceBuilder set(ConfigOption<T> option, T value) {
        config.set(option, value);
        return this;
    }
}
