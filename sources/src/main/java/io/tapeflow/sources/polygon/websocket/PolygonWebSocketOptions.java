package io.tapeflow.sources.polygon.websocket;

import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the Polygon WebSocket source. The API key is deliberately not an option: options show in the web UI,
 * so the key comes from a supplier evaluated on the TaskManager (by default the {@code POLYGON_API_KEY} variable).
 */
public final class PolygonWebSocketOptions {
    private PolygonWebSocketOptions() {}

    public static final ConfigOption<String> URL = ConfigOptions.key("polygon.ws.url").stringType()
            .defaultValue("wss://socket.massive.com/stocks")
            .withDescription("WebSocket cluster URL; the path is the market (/stocks).");

    public static final ConfigOption<List<String>> CHANNELS = ConfigOptions.key("polygon.ws.channels").stringType()
            .asList().defaultValues("T", "Q", "AM", "LULD")
            .withDescription("Channels to subscribe per ticker: T, Q, A, AM, LULD.");

    public static final ConfigOption<List<String>> TICKERS = ConfigOptions.key("polygon.ws.tickers").stringType()
            .asList().noDefaultValue()
            .withDescription("Tickers to subscribe, or * for all. Alternative to polygon.ws.tickers-file.");

    public static final ConfigOption<String> TICKERS_FILE = ConfigOptions.key("polygon.ws.tickers-file").stringType()
            .noDefaultValue()
            .withDescription("File of tickers (comma or line separated, # comments), re-read while running.");

    public static final ConfigOption<Duration> TICKERS_FILE_POLL_INTERVAL =
            ConfigOptions.key("polygon.ws.tickers-file.poll-interval").durationType()
                    .defaultValue(Duration.ofSeconds(10))
                    .withDescription("How often the tickers file is re-read for subscription changes.");

    public static final ConfigOption<Integer> TICKERS_PER_CONNECTION =
            ConfigOptions.key("polygon.ws.tickers-per-connection").intType().defaultValue(0)
                    .withDescription("Shard tickers over connections of at most this many tickers; 0 = one "
                            + "connection for everything (Polygon allows one connection per cluster per account).");

    public static final ConfigOption<Duration> RECONNECT_INITIAL_BACKOFF =
            ConfigOptions.key("polygon.ws.reconnect.initial-backoff").durationType()
                    .defaultValue(Duration.ofSeconds(1)).withDescription("First reconnect delay; doubles per attempt.");

    public static final ConfigOption<Duration> RECONNECT_MAX_BACKOFF =
            ConfigOptions.key("polygon.ws.reconnect.max-backoff").durationType()
                    .defaultValue(Duration.ofSeconds(30)).withDescription("Upper bound of the reconnect delay.");

    public static final ConfigOption<Double> RECONNECT_JITTER = ConfigOptions.key("polygon.ws.reconnect.jitter")
            .doubleType().defaultValue(0.2)
            .withDescription("Relative random spread of each delay (0.2 = +/-20%), so shards do not reconnect in step.");

    public static final ConfigOption<Integer> RECONNECT_MAX_ATTEMPTS =
            ConfigOptions.key("polygon.ws.reconnect.max-attempts").intType().defaultValue(-1)
                    .withDescription("Consecutive failed attempts before the job fails; -1 = unlimited.");

    public static final ConfigOption<Duration> MAX_CONNECTIONS_BACKOFF =
            ConfigOptions.key("polygon.ws.reconnect.max-connections-backoff").durationType()
                    .defaultValue(Duration.ofMinutes(5))
                    .withDescription("Delay after a max_connections disconnect: another client holds the account's "
                            + "connection, and reconnecting quickly would keep kicking it (or us) off.");

    public static final ConfigOption<Duration> PING_INTERVAL = ConfigOptions.key("polygon.ws.ping-interval")
            .durationType().defaultValue(Duration.ofSeconds(25))
            .withDescription("WebSocket ping period; a ping whose pong has not arrived when the next is due "
                    + "closes the connection and reconnects.");

    public static final ConfigOption<Duration> CONNECT_TIMEOUT = ConfigOptions.key("polygon.ws.connect-timeout")
            .durationType().defaultValue(Duration.ofSeconds(10)).withDescription("TCP/TLS connect timeout.");

    public static final ConfigOption<Duration> STALL_TIMEOUT = ConfigOptions.key("polygon.ws.stall-timeout")
            .durationType().defaultValue(Duration.ZERO)
            .withDescription("Reconnect when no frame at all arrived for this long; 0 = off (quiet tickers are "
                    + "normal, the ping already detects dead peers).");

    public static final ConfigOption<Integer> QUEUE_CAPACITY = ConfigOptions.key("polygon.ws.queue-capacity")
            .intType().defaultValue(1024)
            .withDescription("Frames buffered between the socket and Flink; when full the socket is not read.");

    public static final ConfigOption<Long> STOP_AT = ConfigOptions.key("polygon.ws.stop-at")
            .longType().defaultValue(0L)
            .withDescription("End the source cleanly once the feed's event time passes this instant (epoch ns), or "
                    + "the wall clock does when the instant was still ahead at start; 0 = run until cancelled.");
}
