package io.tapeflow.sources.polygon.flatfiles;

import io.tapeflow.sources.model.MarketEvent;
import io.tapeflow.sources.polygon.flatfiles.csv.TickerFilter;
import io.tapeflow.sources.polygon.flatfiles.enumerator.FlatFileEnumState;
import io.tapeflow.sources.polygon.flatfiles.enumerator.FlatFileEnumStateSerializer;
import io.tapeflow.sources.polygon.flatfiles.enumerator.FlatFileSourceEnumerator;
import io.tapeflow.sources.polygon.flatfiles.enumerator.TradingDayListing;
import io.tapeflow.sources.polygon.flatfiles.reader.FlatFileReaderMetrics;
import io.tapeflow.sources.polygon.flatfiles.reader.FlatFileSourceReader;
import io.tapeflow.sources.polygon.flatfiles.reader.FlatFileSplitReader;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplit;
import io.tapeflow.sources.polygon.flatfiles.split.FlatFileSplitSerializer;
import io.tapeflow.sources.polygon.flatfiles.store.FlatFileStore;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.java.typeutils.ResultTypeQueryable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A bounded source over Polygon flat files: every day file of the chosen datasets in a date range, decoded to
 * {@link MarketEvent}s (origin {@code flatfile}; bad rows as {@code REJECT} events).
 *
 * <pre>{@code
 * FlatFileSource source = FlatFileSource.builder()
 *         .store(S3FlatFileStore.polygon("https://files.massive.com", "flatfiles"))
 *         .datasets(FlatFileDataset.STOCKS_TRADES, FlatFileDataset.STOCKS_MINUTE_AGGS)
 *         .dateRange(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-31"))
 *         .tickers("AAPL", "MSFT")
 *         .build();
 * env.fromSource(source, watermarks, OperatorUids.SOURCE_FLATFILES_NAME).uid(OperatorUids.SOURCE_FLATFILES);
 * }</pre>
 *
 * <p>One split per file, handed out on request; a checkpoint records the row reached in each open file.
 */
public final class FlatFileSource
        implements Source<MarketEvent, FlatFileSplit, FlatFileEnumState>, ResultTypeQueryable<MarketEvent> {
    private static final long serialVersionUID = 1L;

    private final FlatFileStore store;
    private final TradingDayListing listing;
    private final TickerFilter filter;
    private final FlatFileProgressListener listener;
    private final int batchRows;

    FlatFileSource(FlatFileStore store, TradingDayListing listing, TickerFilter filter,
            FlatFileProgressListener listener, int batchRows) {
        this.store = store;
        this.listing = listing;
        this.filter = filter;
        this.listener = listener;
        this.batchRows = batchRows;
    }

    public static FlatFileSourceBuilder builder() {
        return new FlatFileSourceBuilder();
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<MarketEvent, FlatFileSplit> createReader(SourceReaderContext context) {
        FlatFileReaderMetrics metrics = new FlatFileReaderMetrics(context.metricGroup());
        return new FlatFileSourceReader(
                () -> new FlatFileSplitReader(store, filter, listener, metrics, batchRows),
                metrics, new Configuration(), context);
    }

    @Override
    public SplitEnumerator<FlatFileSplit, FlatFileEnumState> createEnumerator(
            SplitEnumeratorContext<FlatFileSplit> context) {
        return new FlatFileSourceEnumerator(context, listing, FlatFileEnumState.initial());
    }

    @Override
    public SplitEnumerator<FlatFileSplit, FlatFileEnumState> restoreEnumerator(
            SplitEnumeratorContext<FlatFileSplit> context, FlatFileEnumState checkpoint) {
        return new FlatFileSourceEnumerator(context, listing, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<FlatFileSplit> getSplitSerializer() {
        return FlatFileSplitSerializer.INSTANCE;
    }

    @Override
    public SimpleVersionedSerializer<FlatFileEnumState> getEnumeratorCheckpointSerializer() {
        return new FlatFileEnumStateSerializer();
    }

    @Override
    public TypeInformation<MarketEvent> getProducedType() {
        return TypeInformation.of(MarketEvent.class);
    }
}
