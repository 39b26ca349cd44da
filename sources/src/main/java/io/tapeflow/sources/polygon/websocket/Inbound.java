package io.tapeflow.sources.polygon.websocket;

/** One item handed from a socket thread to the fetcher thread: a frame or a connection lifecycle signal. */
final class Inbound {
    enum Kind { OPEN, TEXT, CLOSED, FAILURE, WAKEUP }

    static final Inbound WAKEUP = new Inbound(null, 0, Kind.WAKEUP, null, 0, null);

    final ShardConnection shard;
    final int generation;
    final Kind kind;
    final String text;
    final int code;
    final Throwable error;

    Inbound(ShardConnection shard, int generation, Kind kind, String text, int code, Throwable error) {
        this.shard = shard;
        this.generation = generation;
        this.kind = kind;
        this.text = text;
        this.code = code;
        this.error = error;
    }
}
