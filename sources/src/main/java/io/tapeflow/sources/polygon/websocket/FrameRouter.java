package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.model.Gap;
import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.model.Reject;
import io.tapeflow.sources.polygon.codec.FrameHandler;
import io.tapeflow.sources.polygon.codec.PolygonFrameDecoder;
import io.tapeflow.sources.polygon.codec.StatusMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Decodes one shard's text frames and routes what they hold: each event behind the {@link Gap} it closes, counted
 * rejects, and the status messages of the current socket to the session.
 */
final class FrameRouter {
    // Logs under ShardConnection, the component operators know, so the line reads as before the split.
    private static final Logger LOG = LoggerFactory.getLogger(ShardConnection.class);

    private final PolygonFrameDecoder decoder;
    private final GapTracker gaps;
    private final Subscriptions subscriptions;
    private final WebSocketSplitMetrics metrics;
    private final Consumer<StatusMessage> statuses;
    private long frameNo;
    private long rejectsLogged;

    FrameRouter(String splitId, GapTracker gaps, Subscriptions subscriptions, WebSocketSplitMetrics metrics,
            Consumer<StatusMessage> statuses) {
        this.decoder = new PolygonFrameDecoder(splitId);
        this.gaps = gaps;
        this.subscriptions = subscriptions;
        this.metrics = metrics;
        this.statuses = statuses;
    }

    /** Decodes one frame into {@code out}; {@code fromCurrentSocket} is false for a socket already given up on. */
    void decode(String frame, boolean fromCurrentSocket, Consumer<MarketEvent> out) {
        decoder.decode(frame, ++frameNo, new Handler(fromCurrentSocket, out));
    }

    private void onEvent(MarketEvent event, boolean current, Consumer<MarketEvent> out) {
        Gap gap = gaps.onEvent(event.feedTimeNanos(), current, subscriptions.tickers());
        if (gap != null) {
            metrics.gaps.inc();
            out.accept(MarketEvent.of(gap));
        }
        out.accept(event);
    }

    private void onReject(Reject reject, Consumer<MarketEvent> out) {
        metrics.rejects.inc();
        if (rejectsLogged++ < 10 || rejectsLogged % 1000 == 0) {
            LOG.warn("Polygon WebSocket reject at {}: {} ({} so far)", reject.location, reject.reason, rejectsLogged);
        }
        out.accept(MarketEvent.of(reject));
    }

    /** One frame's decoder output; status messages of an abandoned socket are ignored, its data is not. */
    private final class Handler implements FrameHandler {
        private final boolean current;
        private final Consumer<MarketEvent> out;

        Handler(boolean current, Consumer<MarketEvent> out) {
            this.current = current;
            this.out = out;
        }

        @Override
        public void onEvent(MarketEvent event) {
            FrameRouter.this.onEvent(event, current, out);
        }

        @Override
        public void onStatus(StatusMessage status) {
            if (current) statuses.accept(status);
        }

        @Override
        public void onReject(Reject reject) {
            FrameRouter.this.onReject(reject, out);
        }
    }
}
