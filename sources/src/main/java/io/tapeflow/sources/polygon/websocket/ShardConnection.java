package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.client.PolygonWebSocketClient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * One shard's connection life, on the fetcher thread only (so without locks): connect, authenticate, subscribe, and
 * after any loss reconnect and resubscribe everything, with the protocol in {@link ShardSession}, the delays and the
 * {@link Gap} in {@link ReconnectSchedule}, dead-peer detection in {@link StallWatchdog} and decoding in
 * {@link FrameRouter}.
 */
final class ShardConnection implements ShardSession.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ShardConnection.class);

    private enum Phase { CONNECTING, LIVE, WAITING }

    private final String splitId;
    private final String feed;
    private final ShardSettings settings;
    private final PolygonWebSocketClient client;
    private final BlockingQueue<Inbound> queue;
    private final WebSocketSplitMetrics metrics;
    private final Subscriptions subscriptions;
    private final ShardSession session;
    private final ReconnectSchedule reconnects;
    private final StallWatchdog watchdog;
    private final FrameRouter frames;
    private volatile boolean closed;

    private PolygonWebSocketClient.Connection connection;
    private int generation;
    private Phase phase = Phase.WAITING;

    ShardConnection(WebSocketSplit split, ShardSettings settings, PolygonWebSocketClient client,
            BlockingQueue<Inbound> queue, WebSocketSplitMetrics metrics) {
        this.splitId = split.splitId();
        this.feed = "ws:" + splitId;
        this.settings = settings;
        this.client = client;
        this.queue = queue;
        this.metrics = metrics;
        this.subscriptions = new Subscriptions(settings.channels, new TreeSet<>(Arrays.asList(split.tickers())));
        GapTracker gaps = new GapTracker(feed, split.lastEventTimeNs());
        this.session = new ShardSession(feed, settings, metrics, this);
        this.reconnects = new ReconnectSchedule(feed, settings, gaps);
        this.watchdog = new StallWatchdog(settings.stallTimeout);
        this.frames = new FrameRouter(splitId, gaps, subscriptions, metrics, session::onStatus);
    }

    void start() {
        connect();
    }

    /** Periodic check from the fetch loop: due reconnects and the optional data-silence watchdog. */
    void onTick(long nowNanos) {
        if (phase == Phase.WAITING && reconnects.isDue(nowNanos)) {
            metrics.reconnects.inc();
            connect();
        } else if (phase == Phase.LIVE && watchdog.silentTooLong(nowNanos)) {
            metrics.stalls.inc();
            lost("stall", watchdog.silenceDetail(), 0);
        }
    }

    void handle(Inbound item, Consumer<MarketEvent> sink) {
        if (item.kind == Inbound.Kind.TEXT) {
            // Frames of an older socket are still real data received before the loss: keep them.
            watchdog.frameArrived(System.nanoTime());
            frames.decode(item.text, item.generation == generation, sink);
            return;
        }
        if (item.generation != generation) return; // lifecycle news of a socket we already gave up on
        switch (item.kind) {
            case OPEN:
                // Sent at once: the server reads it after its "connected" greeting either way.
                connection.send(session.authMessage());
                break;
            case CLOSED:
                lost("reconnect", "server closed the socket (" + item.code + " " + item.text + ")", 0);
                break;
            case FAILURE:
                String message = String.valueOf(item.error.getMessage());
                boolean pongMissing = StallWatchdog.isMissingPong(message);
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

    @Override
    public void authenticated() {
        phase = Phase.LIVE;
        reconnects.sessionAuthenticated();
        subscriptions.fullSubscribeMessages().forEach(connection::send);
        LOG.info("Polygon WebSocket {} authenticated; subscribed {} tickers on {}", feed,
                subscriptions.tickers().size(), settings.channels);
    }

    @Override
    public void lost(String reason, String detail, long fixedDelayMs) {
        if (connection != null) connection.cancel();
        connection = null;
        generation++; // late callbacks of the dropped socket are now ignored
        phase = Phase.WAITING;
        reconnects.afterLoss(reason, detail, fixedDelayMs, System.nanoTime());
    }

    private void connect() {
        generation++;
        phase = Phase.CONNECTING;
        watchdog.frameArrived(System.nanoTime());
        connection = client.connect(settings.url, new HandOffListener(this, generation, queue, () -> closed));
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
}
