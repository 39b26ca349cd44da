package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.client.PolygonWebSocketClient;
import io.tapeflow.sources.polygon.codec.FrameHandler;
import io.tapeflow.sources.polygon.codec.PolygonFrameDecoder;
import io.tapeflow.sources.polygon.codec.StatusMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * One shard's connection life: connect, authenticate, subscribe, decode, and on any loss back off, reconnect,
 * re-authenticate, resubscribe everything, and emit a {@link Gap} {@code [last event before, first event after]}
 * ahead of the first event after. Runs only on the fetcher thread, so it needs no locks.
 */
final class ShardConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ShardConnection.class);

    private enum Phase { CONNECTING, LIVE, WAITING }

    private final String splitId;
    private final String feed;
    private final ShardSettings settings;
    private final PolygonWebSocketClient client;
    private final BlockingQueue<Inbound> queue;
    private final WebSocketSplitMetrics metrics;
    private final ReconnectBackoff backoff;
    private final PolygonFrameDecoder decoder;
    private final Subscriptions subscriptions;
    private final GapTracker gaps;
    private volatile boolean closed;

    private PolygonWebSocketClient.Connection connection;
    private int generation;
    private Phase phase = Phase.WAITING;
    private long reconnectAtNanos;
    private long lastFrameAtNanos;
    private long frameNo;
    private long rejectsLogged;
    private Consumer<MarketEvent> out;

    ShardConnection(WebSocketSplit split, ShardSettings settings, PolygonWebSocketClient client,
            BlockingQueue<Inbound> queue, WebSocketSplitMetrics metrics) {
        this.splitId = split.splitId();
        this.feed = "ws:" + splitId;
        this.settings = settings;
        this.client = client;
        this.queue = queue;
        this.metrics = metrics;
        this.backoff = new ReconnectBackoff(settings.initialBackoff, settings.maxBackoff, settings.jitter);
        this.decoder = new PolygonFrameDecoder(splitId);
        this.subscriptions = new Subscriptions(settings.channels, new TreeSet<>(Arrays.asList(split.tickers())));
        this.gaps = new GapTracker(feed, split.lastEventTimeNs());
    }

    void start() {
        connect();
    }

    /** Periodic check from the fetch loop: due reconnects and the optional data-silence watchdog. */
    void onTick(long nowNanos) {
        if (phase == Phase.WAITING && nowNanos >= reconnectAtNanos) {
            metrics.reconnects.inc();
            connect();
        } else if (phase == Phase.LIVE && !settings.stallTimeout.isZero()
                && nowNanos - lastFrameAtNanos > settings.stallTimeout.toNanos()) {
            metrics.stalls.inc();
            lost("stall", "no frame for " + settings.stallTimeout.toMillis() + " ms", 0);
        }
    }

    void handle(Inbound item, Consumer<MarketEvent> sink) {
        this.out = sink;
        if (item.kind == Inbound.Kind.TEXT) {
            // Frames of an older socket are still real data received before the loss: keep them.
            lastFrameAtNanos = System.nanoTime();
            decoder.decode(item.text, ++frameNo, new Handler(item.generation == generation));
            return;
        }
        if (item.generation != generation) return; // lifecycle news of a socket we already gave up on
        switch (item.kind) {
            case OPEN:
                // Sent at once: the server reads it after its "connected" greeting either way.
                connection.send(authMessage());
                break;
            case CLOSED:
                lost("reconnect", "server closed the socket (" + item.code + " " + item.text + ")", 0);
                break;
            case FAILURE:
                String message = String.valueOf(item.error.getMessage());
                boolean pongMissing = message.contains("pong");
                if (pongMissing) metrics.stalls.inc();
                lost(pongMissing ? "stall" : "reconnect", item.error.getClass().getSimpleName() + ": " + message, 0);
                break;
            default:
                break;
        }
    }

    /** The enumerator changed this shard's tickers; a live session subscribes/unsubscribes just the difference. */
    void changeTickers(String[] tickers) {
        Subscriptions.Delta delta = subscriptions.replace(new TreeSet<>(Arrays.asList(tickers)));
        if (phase != Phase.LIVE || delta.added() + delta.removed() == 0) return; // auth subscribes the full set
        delta.unsubscribeMessages().forEach(connection::send);
        delta.subscribeMessages().forEach(connection::send);
        LOG.info("Polygon WebSocket {}: subscription changed, +{} -{} tickers", feed, delta.added(), delta.removed());
    }

    private void onStatus(StatusMessage status) {
        switch (status.status()) {
            case StatusMessage.AUTH_SUCCESS:
                phase = Phase.LIVE;
                backoff.reset();
                subscriptions.fullSubscribeMessages().forEach(connection::send);
                LOG.info("Polygon WebSocket {} authenticated; subscribed {} tickers on {}", feed,
                        subscriptions.tickers().size(), settings.channels);
                break;
            case StatusMessage.AUTH_FAILED:
                throw new PolygonWebSocketException("Polygon WebSocket " + settings.url + " refused the API key ("
                        + status + "); check POLYGON_API_KEY and the plan's entitlements");
            case StatusMessage.MAX_CONNECTIONS:
                metrics.maxConnections.inc();
                LOG.error("Polygon WebSocket {}: max_connections ({}) - another client uses this account's "
                        + "connection; retrying only every {}", feed, status.message(), settings.maxConnectionsBackoff);
                lost("max_connections", status.message(), settings.maxConnectionsBackoff.toMillis());
                break;
            case StatusMessage.SLOW_CONSUMER:
                metrics.slowConsumers.inc();
                LOG.warn("Polygon WebSocket {}: slow_consumer ({}), the server dropped us; reconnecting", feed,
                        status.message());
                lost("slow_consumer", status.message(), 0);
                break;
            case StatusMessage.FORCE_DISCONNECT:
            case StatusMessage.AUTH_TIMEOUT:
                lost(status.status(), status.message(), 0);
                break;
            case StatusMessage.CONNECTED:
            case StatusMessage.SUCCESS:
                LOG.debug("Polygon WebSocket {}: {}", feed, status);
                break;
            default:
                LOG.warn("Polygon WebSocket {}: status {}", feed, status);
        }
    }

    private void onEvent(MarketEvent event, boolean current) {
        Gap gap = gaps.onEvent(eventTimeNs(event), current, subscriptions.tickers());
        if (gap != null) {
            metrics.gaps.inc();
            out.accept(MarketEvent.of(gap));
        }
        out.accept(event);
    }

    private void onReject(Reject reject) {
        metrics.rejects.inc();
        if (rejectsLogged++ < 10 || rejectsLogged % 1000 == 0) {
            LOG.warn("Polygon WebSocket reject at {}: {} ({} so far)", reject.location, reject.reason, rejectsLogged);
        }
        out.accept(MarketEvent.of(reject));
    }

    private void lost(String reason, String detail, long fixedDelayMs) {
        if (connection != null) connection.cancel();
        connection = null;
        generation++; // late callbacks of the dropped socket are now ignored
        phase = Phase.WAITING;
        gaps.open(reason);
        long delay = fixedDelayMs > 0 ? fixedDelayMs : backoff.nextDelayMs();
        if (settings.maxAttempts >= 0 && backoff.attempts() > settings.maxAttempts) {
            throw new PolygonWebSocketException("Polygon WebSocket " + feed + " gave up after "
                    + settings.maxAttempts + " reconnect attempts (last: " + reason + ", " + detail + ")");
        }
        reconnectAtNanos = System.nanoTime() + delay * 1_000_000L;
        LOG.warn("Polygon WebSocket {} disconnected ({}: {}); reconnecting in {} ms", feed, reason, detail, delay);
    }

    private void connect() {
        generation++;
        phase = Phase.CONNECTING;
        lastFrameAtNanos = System.nanoTime();
        connection = client.connect(settings.url, new HandOffListener(this, generation, queue, () -> closed));
    }

    private String authMessage() {
        String key = settings.apiKey.get();
        if (key == null || key.isBlank()) {
            throw new PolygonWebSocketException("No Polygon API key: set POLYGON_API_KEY for the WebSocket source");
        }
        return "{\"action\":\"auth\",\"params\":\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static long eventTimeNs(MarketEvent e) {
        switch (e.kind) {
            case TRADE: return e.trade.sipTs;
            case QUOTE: return e.quote.sipTs;
            case LULD: return e.luld.ts;
            case AGGREGATE: return e.aggregate.startMs * 1_000_000L;
            default: return 0L;
        }
    }

    String splitId() {
        return splitId;
    }

    Set<String> tickers() {
        return subscriptions.tickers();
    }

    void close() {
        closed = true;
        if (connection != null) connection.close(1000, "source closing");
        connection = null;
    }

    /** Routes decoder output; status messages of an abandoned socket are ignored, its data is not. */
    private final class Handler implements FrameHandler {
        private final boolean current;

        Handler(boolean current) {
            this.current = current;
        }

        @Override
        public void onEvent(MarketEvent event) {
            ShardConnection.this.onEvent(event, current);
        }

        @Override
        public void onStatus(StatusMessage status) {
            if (current) ShardConnection.this.onStatus(status);
        }

        @Override
        public void onReject(Reject reject) {
            ShardConnection.this.onReject(reject);
        }
    }
}
