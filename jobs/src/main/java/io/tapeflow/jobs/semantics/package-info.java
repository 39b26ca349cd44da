/**
 * Market semantics: the part of the graph that turns trades, quotes, LULD messages, minute aggregates and news into
 * bars and halts, identical in {@code live}, {@code backfill}, {@code demo} and tests.
 *
 * <h2>Graph</h2>
 * {@link io.tapeflow.jobs.semantics.MarketSemantics#apply} builds, keyed by the ticker {@code String}:
 * <ul>
 *   <li>{@code semantics-market-events-in} (or the four {@code semantics-*-in} maps of the typed overload) turning
 *       inputs into {@link io.tapeflow.jobs.semantics.TickerEvent}s, at the input's parallelism (a forward edge keeps
 *       each source subtask's per-ticker order);</li>
 *   <li>{@code semantics-news-fanout}: one news item to one event per ticker it names, then
 *       {@code semantics-news-watermarks};</li>
 *   <li>{@code halt-detector}: trades, quotes, LULD and news into halt revisions;</li>
 *   <li>{@code bar-builder}: trades and 1m aggregates into 1m/5m/15m/1h/1d bar revisions, late ones to rejects.</li>
 * </ul>
 *
 * <h2>Time, watermarks and idleness</h2>
 * Every step is taken in event time by {@link io.tapeflow.jobs.semantics.EventSequencer}: a ticker's events are
 * buffered and processed in canonical order (time, kind, sequence), with market-clock deadlines (the 15 s limit
 * state, the 60 s retraction window, the confirmation window, bar and day ends) interleaved at their instant. A
 * deadline fires identically whether a later event of the same ticker or the watermark reaches it first.
 * <ul>
 *   <li><b>Live (time-ordered input)</b>: inputs carry bounded-out-of-orderness watermarks, keep the default
 *       {@code keyLagMs} (2 s; it should be at least the source's out-of-orderness) and
 *       {@code advanceOnWatermark = true}. A ticker advances on its own events and on the watermark, so a halted
 *       ticker's pause/confirmation deadlines fire as the rest of the market moves. Use source idleness
 *       ({@code withIdleness}) so one quiet split or the news source does not hold the watermark.</li>
 *   <li><b>Silent feed</b> (night, weekend, dead connection): no events and no watermark progress means no timer
 *       fires; pending bars, pauses and windows are delayed, never changed or invented, and complete as soon as
 *       events or watermarks resume. The 1d bar of a day is emitted when the ticker's clock passes Eastern midnight
 *       (the next day's first event or watermark). End of input ({@code Long.MAX_VALUE} watermark) flushes
 *       everything: open minutes, roll-ups, day ends, pending deadlines.</li>
 *   <li><b>Backfill sorted by ticker (flat files)</b>: the watermark runs ahead of the ticker being read, so set
 *       {@code advanceOnWatermark = false} (or emit no watermarks): tickers advance by their own events only,
 *       lateness is judged per ticker, and end of input flushes. Each ticker's events must reach the graph in time
 *       order up to {@code keyLagMs} across trades, quotes and LULD, which one merged {@code MarketEvent} stream from
 *       one reader gives; separately read files on separate streams do not.</li>
 *   <li><b>Typed-streams overload</b>: trades, quotes and LULD arrive on different channels whose relative timing
 *       depends on buffers, not event time; only the watermark orders them safely, so use {@code keyLagMs = -1}
 *       (watermark only) unless the input is real time.</li>
 *   <li><b>BATCH</b> execution works with the defaults (records sorted by key and time, timers at end of key); the
 *       backfill also sets {@code batchSequencing}, so the sequencers hold the one ticker in progress in plain fields
 *       instead of keyed state (same steps, less work per event).</li>
 *   <li><b>News</b> never moves a ticker's clock; news ahead of the market waits for its publication time, news
 *       behind it is applied on arrival (a late revision). Its watermark is replaced after the fan-out
 *       ({@code semantics-news-watermarks}) so the news source, polled or without watermarks, never holds back the
 *       halt detector's clock.</li>
 * </ul>
 *
 * <h2>Precedence and rules chosen</h2>
 * <ul>
 *   <li>Bars: a trade updates a field only if every condition allows it; 12/13 do not block intraday OHLC; a 1m bar
 *       needs a trade that may set open/close. Trade-built minutes win over feed minute aggregates (AM); an AM is
 *       taken as is for a minute without a trade-built bar, and then its volume replaces the volume-only trades of
 *       that minute in the day totals. 5m/15m/1h/1d are exact roll-ups of the emitted 1m bars; day volume/VWAP
 *       count every volume-updating trade, including minutes without a bar.</li>
 *   <li>Halts: observed signals upgrade an open inferred halt (same id, next revision); LULD bands from the feed
 *       win over computed ones for the day they arrive; late market events never rewind the machine (counted in
 *       {@code haltLateEvents}); late news still joins.</li>
 *   <li>Halts across feed gaps (market data lost in a reconnect; flat files have none, live gaps may cover the whole
 *       market), without needing the gap records: regular (last-sale-eligible) trades are the ground truth.
 *       <ul>
 *         <li>A regular trade on a halted ticker resumes the halt whether or not a resume signal came (an inferred
 *             pause keeps its 60 s retraction window first): {@code end_ts} and {@code reopen_price} are that
 *             trade's. A print executed at or before the halt's start (its participant timestamp, when the feed
 *             has one), or one that may not set the last price (odd lot, Form T...), does not resume.</li>
 *         <li>Published bands go stale when {@code staleBandMinTrades} (default 2) regular-hours regular trades,
 *             prints that may lie outside the bands anyway excluded (auctions 25/17/28/18/55/8/19, cross 9,
 *             block and special trades 1/11/23/24/35, bunched 4, sold last 30, corrected close 38), print at
 *             least one cent beyond them
 *             (sub-penny overshoots never count): no trade prints beyond the bands in effect under LULD, so the
 *             publications that moved them were missed. Computed bands are used until the next LULD band message,
 *             and the limit state is re-judged on them at once. Prints on a halted ticker that did not end the
 *             halt do not count.</li>
 *         <li>A regular trade at least one cent through the band of the current limit state ends it (no inferred
 *             pause from it): that band is not the one in effect. A new limit state starts with the next quote at
 *             a band.</li>
 *         <li>Within an inferred pause's retraction window, regular prints at least one cent beyond its bands (of
 *             the kinds above) count towards the retraction like prints inside them.</li>
 *       </ul></li>
 * </ul>
 */
package io.tapeflow.jobs.semantics;
