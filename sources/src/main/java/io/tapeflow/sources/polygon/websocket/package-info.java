/**
 * The live Polygon/Massive WebSocket feed as a FLIP-27 source ({@link
 * io.tapeflow.sources.polygon.websocket.PolygonWebSocketSource}).
 *
 * <h2>Shape</h2>
 * Splits are connection shards ({@code <cluster>:<n>}, e.g. {@code stocks:0}); by default one shard holds every
 * ticker because Polygon allows one connection per cluster per account. A shard is assigned to reader
 * {@code n % parallelism}; other subtasks stay idle (the job's {@code withIdleness} keeps watermarks moving). Readers
 * report the shards they run ({@code SplitOwnershipEvent}), so after a restore or rescale the enumerator sends ticker
 * changes to the reader that actually holds the connection, and resends the current set on that report.
 * Socket threads hand frames to the fetcher thread through a bounded queue; a full queue blocks the socket reader,
 * so back-pressure reaches the server.
 *
 * <h2>Connection life</h2>
 * <ul>
 *   <li>Auth is sent on open; subscriptions ({@code <channel>.<ticker>} for every channel) after {@code auth_success},
 *       again in full after every reconnect.
 *   <li>Any loss (socket error or close, {@code slow_consumer}, {@code force_disconnect}, {@code auth_timeout}, a
 *       missing pong, the optional data-silence {@code stall-timeout}) reconnects after an exponential, jittered,
 *       bounded delay, unlimited attempts by default; the delay resets after each {@code auth_success}.
 *   <li>{@code auth_failed} (or no key) fails the job at once with one line and suppresses Flink restarts: retrying
 *       cannot fix a key.
 *   <li>{@code max_connections} is logged at ERROR, counted, and the shard waits
 *       {@code polygon.ws.reconnect.max-connections-backoff} (5 min) before trying again: another client holds the
 *       account's connection and reconnecting quickly would keep knocking one of the two off. The job keeps running
 *       so it recovers by itself once the other client goes away.
 *   <li>Keepalive is OkHttp's ping every {@code polygon.ws.ping-interval} (25 s); a ping whose pong has not arrived
 *       when the next ping is due fails the socket, so a dead peer is detected within one to two intervals. Note a
 *       downstream stall longer than that interval (socket not read) also ends in a pong timeout.
 * </ul>
 *
 * <h2>Gaps</h2>
 * Every reconnect emits one {@code Gap} {@code [last event time before, first event time after]} (epoch ns, the
 * newest event time seen and the first event after) just before the first event after, with the shard's tickers and
 * the reason ({@code reconnect}, {@code stall}, {@code slow_consumer}, {@code max_connections},
 * {@code force_disconnect}, {@code auth_timeout}). Attempts that fail before data flows again merge into that one
 * gap. A restore from a checkpoint or savepoint emits a {@code restore} gap from the checkpointed last event time.
 * A loss before the shard ever saw an event has no event time to start from: its gap is {@code [first after, first
 * after]} (never a wall-clock time, so outputs stay a function of the events).
 *
 * <h2>Metrics</h2>
 * Under the reader's group, sub-group {@code split.<splitId>}: {@code tradesPerSecond, quotesPerSecond, aggregatesPerSecond, luldsPerSecond}
 * (meters, with counters), {@code reconnects}, {@code gaps}, {@code rejects}, {@code maxConnections},
 * {@code slowConsumers}, {@code stalls} (counters), {@code queueDepth} and {@code lagMs} (gauges; lag = wall clock
 * minus the newest event time, -1 before the first event).
 */
package io.tapeflow.sources.polygon.websocket;
