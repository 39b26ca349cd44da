package io.tapeflow.jobs.backfill;

import io.tapeflow.jobs.pipeline.PipelineSettings;
import io.tapeflow.sources.polygon.flatfiles.DaySkipPredicate;
import io.tapeflow.sources.polygon.flatfiles.FlatFileDataset;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import io.tapeflow.sources.polygon.rest.PolygonRestClientFactory;
import java.time.LocalDate;

/** What a backfill reads: flat files or REST aggregates over a date range, optionally news; the CLI and tests fill it. */
public class BackfillSpec {
    /** Where history comes from. */
    public enum Input { FLATFILES, REST }

    public Input input = Input.FLATFILES;
    /** Flat-file bucket or directory (flat-file input only). */
    public FlatFileStore store;
    public FlatFileDataset[] datasets = {FlatFileDataset.STOCKS_TRADES, FlatFileDataset.STOCKS_QUOTES,
            FlatFileDataset.STOCKS_MINUTE_AGGS};
    public LocalDate from;
    public LocalDate to;
    /** Tickers to keep; {@code *} = all (flat files only; REST needs explicit tickers). */
    public String[] tickers = {"*"};
    /** Days to leave out (incremental backfill), see {@link CompleteDays}. */
    public DaySkipPredicate skip = DaySkipPredicate.none();
    /** REST clients for {@link Input#REST} and for news; null when neither is used. */
    public PolygonRestClientFactory rest;
    /** Read news published in the range from REST (else an empty news source keeps the graph the same). */
    public boolean news;
    public PipelineSettings pipeline = new PipelineSettings();

    public BackfillSpec() {}
}
