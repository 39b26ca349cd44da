/**
 * The backfill job ({@code tapeflow backfill}): history through the one pipeline
 * ({@link io.tapeflow.jobs.pipeline.TapeflowPipeline}, same operators and uids as {@code live}).
 *
 * <h2>BATCH, not STREAMING</h2>
 * {@link io.tapeflow.jobs.backfill.BackfillJob} runs in BATCH execution mode. Flat files are one file per dataset and
 * day, each sorted by ticker; the source reads them as separate splits, so one ticker's trades, quotes and minute
 * aggregates reach the keyed operators file after file, and with several readers day 2 may be read before day 1 is
 * done. The semantics need each ticker's events in time order (up to {@code keyLagMs}); in STREAMING a ticker's
 * quotes would arrive after its whole day of trades and be late. BATCH sorts every keyed input by ticker and record
 * timestamp, so the order is right whatever the files, their order and the parallelism, with the live semantics
 * settings. Two details make BATCH equal to live: record timestamps are the sequencing time
 * ({@link io.tapeflow.jobs.pipeline.Watermarks#sequencingTimeMillis}: a minute aggregate at the end of its window) and
 * revisioned outputs are re-stamped with their revision ({@link io.tapeflow.jobs.backfill.RevisionOrderedOutputs}) so
 * MongoDB's keyed sink applies versions in revision order. Cost: the keyed operators start only after every file has
 * been read and sorted. Recovery is region failover: a failed reading task re-reads its files, nothing downstream has
 * started yet, sinks are upserts (MongoDB) or committed at the end (Parquet).
 *
 * <h2>Complete-day markers ({@code --skip-complete})</h2>
 * After a successful run, every file read is recorded as {@code dataset:day:scope}
 * ({@link io.tapeflow.jobs.backfill.CompleteDays}): in the MongoDB collection {@code backfill_days} when MongoDB is an
 * output, else as {@code <parquet-dir>/_backfill/<dataset>/dt=<day>/_SUCCESS.<scope>}. The scope is {@code *} or a
 * hash of the sorted ticker list, and an all-tickers marker covers any subset. A day is skipped only when every
 * requested dataset is marked for it. Markers are written only when the whole job succeeded. Skipped days are not
 * read, so they do not feed the RVOL baseline of the days that are: re-run the preceding {@code rvolDays} days (no
 * skip) when exact RVOL matters.
 *
 * <h2>Catch-up</h2>
 * {@code live --catch-up-from} is a STREAMING job; see {@link io.tapeflow.jobs.live.CatchUp} for its watermark policy.
 */
package io.tapeflow.jobs.backfill;
