package io.tapeflow.sources.polygon.flatfiles;

import io.tapeflow.sources.polygon.flatfiles.csv.TickerFilter;
import io.tapeflow.sources.polygon.flatfiles.enumerator.TradingDayListing;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Builds a {@link FlatFileSource}; {@link #build()} checks the combination with one readable sentence per mistake. */
public final class FlatFileSourceBuilder {
    /** Rows per fetch: large enough to amortise the hand-over to the task thread, small enough for fast checkpoints. */
    public static final int DEFAULT_BATCH_ROWS = 4096;

    private FlatFileStore store;
    private final Set<FlatFileDataset> datasets = new LinkedHashSet<>();
    private LocalDate from;
    private LocalDate to;
    private String[] tickers;
    private DaySkipPredicate skip = DaySkipPredicate.none();
    private FlatFileProgressListener listener = FlatFileProgressListener.none();
    private int batchRows = DEFAULT_BATCH_ROWS;

    FlatFileSourceBuilder() {}

    /**
     * @param store where the files are: {@code S3FlatFileStore} or {@code LocalFlatFileStore}
     * @return this builder
     */
    public FlatFileSourceBuilder store(FlatFileStore store) {
        this.store = store;
        return this;
    }

    /**
     * @param datasets the datasets to read; each day of each dataset is one file
     * @return this builder
     */
    public FlatFileSourceBuilder datasets(FlatFileDataset... datasets) {
        this.datasets.addAll(Arrays.asList(datasets));
        return this;
    }

    /**
     * @param from first day, inclusive
     * @param to last day, inclusive
     * @return this builder
     */
    public FlatFileSourceBuilder dateRange(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to;
        return this;
    }

    /**
     * @param tickers only rows of these tickers; none or {@code *} = all
     * @return this builder
     */
    public FlatFileSourceBuilder tickers(String... tickers) {
        boolean all = tickers == null || tickers.length == 0 || Arrays.asList(tickers).contains("*");
        this.tickers = all ? null : tickers.clone();
        return this;
    }

    /**
     * @param skip days to leave out (incremental backfill: already complete in the outputs)
     * @return this builder
     */
    public FlatFileSourceBuilder skipDays(DaySkipPredicate skip) {
        this.skip = Objects.requireNonNull(skip, "skip");
        return this;
    }

    /**
     * @param listener progress callbacks from the readers
     * @return this builder
     */
    public FlatFileSourceBuilder progressListener(FlatFileProgressListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * @param batchRows rows per hand-over from the fetcher thread
     * @return this builder
     */
    public FlatFileSourceBuilder batchRows(int batchRows) {
        this.batchRows = batchRows;
        return this;
    }

    public FlatFileSource build() {
        if (store == null) throw new IllegalStateException("flat-file source needs a store (an S3 endpoint or a directory)");
        if (datasets.isEmpty()) throw new IllegalStateException("flat-file source needs at least one dataset");
        if (from == null || to == null) throw new IllegalStateException("flat-file source needs a date range (--from, --to)");
        if (to.isBefore(from)) throw new IllegalStateException("flat-file date range ends (" + to + ") before it starts (" + from + ")");
        if (batchRows <= 0) throw new IllegalStateException("batchRows must be positive, was " + batchRows);
        TradingDayListing listing = new TradingDayListing(store, datasets.toArray(new FlatFileDataset[0]), from, to, skip);
        TickerFilter filter = tickers == null ? TickerFilter.all() : TickerFilter.of(tickers);
        return new FlatFileSource(store, listing, filter, listener, batchRows);
    }
}
