package io.tapeflow.sources.polygon.websocket;

import io.tapeflow.sources.polygon.client.PolygonWebSocketClient;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Socket callbacks of one connection generation, put into the bounded hand-off queue. The put blocks while the queue
 * is full, which stops the socket being read: real back-pressure towards the server (which may then report
 * {@code slow_consumer}).
 */
final class HandOffListener implements PolygonWebSocketClient.Listener {
    private final ShardConnection shard;
    private final int generation;
    private final BlockingQueue<Inbound> queue;
    private final BooleanSupplier closed;

    HandOffListener(ShardConnection shard, int generation, BlockingQueue<Inbound> queue, BooleanSupplier closed) {
        this.shard = shard;
        this.generation = generation;
        this.queue = queue;
        this.closed = closed;
    }

    @Override
    public void onOpen() {
        put(Inbound.Kind.OPEN, null, 0, null);
    }

    @Override
    public void onText(String text) {
        put(Inbound.Kind.TEXT, text, 0, null);
    }

    @Override
    public void onClosed(int code, String reason) {
        put(Inbound.Kind.CLOSED, reason, code, null);
    }

    @Override
    public void onFailure(Throwable error, int httpCode) {
        put(Inbound.Kind.FAILURE, null, httpCode, error);
    }

    private void put(Inbound.Kind kind, String text, int code, Throwable error) {
        Inbound item = new Inbound(shard, generation, kind, text, code, error);
        try {
            // Wait in slices so a reader that is shutting down never leaves a socket thread stuck here.
            while (!closed.getAsBoolean()) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
